package se.hlt.assessment.pairing;

import java.util.Locale;

/** Why a row is not part of a pair: it has no partner (unmatched), or its partner cannot be told (conflict). */
public enum UnpairedReason {
    /** The row's id is empty, so no partner can be found. */
    NO_ID(false, "the id is empty, so no partner can be found"),
    /** A baseline whose id has no follow-up. */
    NO_FOLLOW_UP(false, "no follow-up with this id"),
    /** A follow-up whose id has no baseline. */
    NO_BASELINE(false, "no baseline with this id"),
    /** The id has more than one baseline or follow-up, so which belong together cannot be told. */
    DUPLICATES(true, "{0} {0,choice,0#baselines|1#baseline|1<baselines} and {1} "
            + "{1,choice,0#follow-ups|1#follow-up|1<follow-ups} with this id: which belong together cannot be told"),
    /** The follow-up is dated before its baseline. */
    FOLLOW_UP_BEFORE_BASELINE(true, "the follow-up is dated before the baseline"),
    /** The two forms give different sexes: they may be about two children. */
    SEX_DIFFERS(true, "the baseline and the follow-up give different sexes"),
    /** The follow-up gives a lower age than the baseline. */
    AGE_DECREASES(true, "the follow-up gives a lower age than the baseline");

    private final boolean conflict;
    private final String english;

    UnpairedReason(boolean conflict, String english) {
        this.conflict = conflict;
        this.english = english;
    }

    /** Whether the row is in conflict (else it is unmatched: it simply has no partner). */
    public boolean isConflict() {
        return conflict;
    }

    /**
     * The English sentence, with {@link java.text.MessageFormat} placeholders for {@link #DUPLICATES}: the
     * numbers of baselines ({@code {0}}) and follow-ups ({@code {1}}) with the id.
     */
    public String englishTemplate() {
        return english;
    }

    /** The lower-case name used in files, e.g. {@code no_follow_up}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
