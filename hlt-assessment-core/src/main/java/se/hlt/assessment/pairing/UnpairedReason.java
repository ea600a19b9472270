package se.hlt.assessment.pairing;

import java.util.Locale;
import se.hlt.assessment.scoring.Texts;

/**
 * Why a row is not part of a pair: it has no partner (unmatched), or its partner cannot be told (conflict). The
 * sentences are the library's texts {@code unpaired.<code>}, in English and Swedish ({@link Texts}).
 */
public enum UnpairedReason {
    /** The row's id is empty, so no partner can be found. */
    NO_ID(false),
    /** A baseline whose id has no follow-up. */
    NO_FOLLOW_UP(false),
    /** A follow-up whose id has no baseline. */
    NO_BASELINE(false),
    /** The id has more than one baseline or follow-up, so which belong together cannot be told. */
    DUPLICATES(true),
    /** The follow-up is dated before its baseline. */
    FOLLOW_UP_BEFORE_BASELINE(true),
    /** The two forms give different sexes: they may be about two children. */
    SEX_DIFFERS(true),
    /** The follow-up gives a lower age than the baseline. */
    AGE_DECREASES(true);

    private final boolean conflict;

    UnpairedReason(boolean conflict) {
        this.conflict = conflict;
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
        return Texts.get("unpaired." + code(), Locale.ENGLISH).orElseThrow();
    }

    /** The lower-case name used in files, e.g. {@code no_follow_up}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
