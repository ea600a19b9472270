package se.hlt.assessment.norms;

import java.util.Objects;

/**
 * The alerts of an ORS/SRS series, each with its source; on or off, and their numbers, are data.
 *
 * @param allianceBelowCutoff an alliance total on the flagged side of its cut-off (the SRS below 36)
 * @param allianceDrop an alliance total lower than the same rater's previous one by {@code points} or more
 * @param earlyChange no reliable improvement at the first outcome form from session {@code bySession} on
 * @param allianceScaleBelow any scale of an alliance form below {@code points} (a check-in; off by default)
 */
public record AlertRules(AlertRule allianceBelowCutoff, AlertRule allianceDrop, AlertRule earlyChange,
                         AlertRule allianceScaleBelow) {

    /** Checks that every rule is present. */
    public AlertRules {
        Objects.requireNonNull(allianceBelowCutoff, "allianceBelowCutoff");
        Objects.requireNonNull(allianceDrop, "allianceDrop");
        Objects.requireNonNull(earlyChange, "earlyChange");
        Objects.requireNonNull(allianceScaleBelow, "allianceScaleBelow");
    }
}
