package se.hlt.assessment.series;

import java.math.BigDecimal;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * Reliable change of an ORS-family total, in the same words as an SDQ scale's ({@link ChangeStatus}): ORS totals
 * are higher when better, so a rise by the reliable change value is an improvement. The value is a number of
 * points from the rules (not an index from a norms table's SD and reliability, as for the SDQ).
 */
final class ReliableChangeOfTotals {

    private ReliableChangeOfTotals() {
    }

    /**
     * The status of a change of {@code change} points against a reliable change value of {@code points} (above 0):
     * a change of exactly the value is reliable, either way.
     */
    static ChangeStatus of(BigDecimal change, BigDecimal points) {
        if (change.compareTo(points) >= 0) {
            return ChangeStatus.IMPROVED;
        }
        return change.compareTo(points.negate()) <= 0 ? ChangeStatus.DETERIORATED : ChangeStatus.NO_RELIABLE_CHANGE;
    }
}
