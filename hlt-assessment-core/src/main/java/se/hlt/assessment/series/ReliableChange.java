package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the change of a total from intake to the latest session says, against the reliable change value: ORS totals
 * are higher when better, so a rise is an improvement.
 */
public enum ReliableChange {
    /** The total rose by the reliable change value or more. */
    IMPROVED,
    /** The change is smaller than the reliable change value either way: within measurement error. */
    NO_RELIABLE_CHANGE,
    /** The total fell by the reliable change value or more. */
    DETERIORATED;

    /**
     * The status of a change of {@code change} points against a reliable change value of {@code points} (above 0):
     * a change of exactly the value is reliable, either way.
     */
    public static ReliableChange of(BigDecimal change, BigDecimal points) {
        if (change.compareTo(points) >= 0) {
            return IMPROVED;
        }
        return change.compareTo(points.negate()) <= 0 ? DETERIORATED : NO_RELIABLE_CHANGE;
    }

    /** The lower-case name used in JSON and CSV, e.g. {@code no_reliable_change}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
