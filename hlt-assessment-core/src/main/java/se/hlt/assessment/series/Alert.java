package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of a series, at one session, with the numbers behind it so that a reader can judge it: e.g. an
 * alliance drop of 1.2 points against a rule of 1.
 *
 * @param kind what the alert is about
 * @param session the session it was raised at
 * @param scale the scale it concerns, for an alert about one scale
 * @param value the number that raised it: the total, the drop, the change since intake or the scale's mark
 * @param threshold the number it was measured against: the cut-off, the rule's points, the reliable change value
 *     or the expected lower bound
 */
public record Alert(AlertKind kind, int session, Optional<String> scale, BigDecimal value, BigDecimal threshold) {

    /** Checks the required parts. */
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        scale = scale == null ? Optional.empty() : scale;
    }

    /** An alert about a whole form. */
    public static Alert of(AlertKind kind, int session, BigDecimal value, BigDecimal threshold) {
        return new Alert(kind, session, Optional.empty(), value, threshold);
    }

    /** The alert in one English sentence. */
    public String message() {
        String v = value.toPlainString();
        String t = threshold.toPlainString();
        switch (kind) {
            case ALLIANCE_BELOW_CUTOFF: return "session " + session + ": alliance total " + v + " is below " + t;
            case ALLIANCE_DROP:
                return "session " + session + ": alliance total fell by " + v + " (alert at " + t + " or more)";
            case ALLIANCE_SCALE_BELOW:
                return "session " + session + ": " + scale.orElse("a scale") + " " + v + " is below " + t;
            case NO_EARLY_CHANGE:
                return "session " + session + ": no reliable improvement yet (change " + v + ", reliable at " + t + ")";
            case BELOW_EXPECTED:
                return "session " + session + ": total " + v + " is below the expected lower bound " + t;
            default: throw new AssertionError(kind);
        }
    }
}
