package se.hlt.assessment.series;

import java.util.Locale;

/** What a series alert is about. Each is switched on or off, and given its numbers, by the rules data. */
public enum AlertKind {
    /** An alliance total on the flagged side of its cut-off (the SRS below 36): talk the alliance through. */
    ALLIANCE_BELOW_CUTOFF,
    /** An alliance total lower than the same rater's previous one by the rule's points or more. */
    ALLIANCE_DROP,
    /** A scale of an alliance form below the rule's points: an invitation to check in (off by default). */
    ALLIANCE_SCALE_BELOW,
    /** No reliable improvement at the first outcome form from the rule's session on: discuss the work. */
    NO_EARLY_CHANGE,
    /** An outcome total below the lower bound of the user's expected treatment response for that session. */
    BELOW_EXPECTED;

    /** Whether the alert is about the working alliance (from an alliance form). */
    public boolean isAlliance() {
        return this == ALLIANCE_BELOW_CUTOFF || this == ALLIANCE_DROP || this == ALLIANCE_SCALE_BELOW;
    }

    /** The lower-case name used in JSON and CSV, e.g. {@code alliance_drop}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
