package se.hlt.assessment.comparison;

import java.util.Objects;
import se.hlt.assessment.instrument.Direction;

/**
 * One child's change on one score, judged by the reliable change index of Jacobson &amp; Truax (1991):
 * RCI = (T2 &minus; T1) / S_diff, reliable when |RCI| &gt; 1.96.
 *
 * <p>The status reads the sign through the scale's direction: for a difficulty score a decrease is an
 * improvement, for the prosocial scale an increase is. The derived numbers are methods, so that a value can never
 * disagree with its inputs.
 *
 * @param basis the SD and reliability used, naming the tables they come from
 * @param direction which way along the score is good for the child
 * @param t1 the score at the first measurement
 * @param t2 the score at the second measurement
 */
public record ReliableChange(ReliableChangeBasis basis, Direction direction, double t1, double t2) {

    /** Checks that every part is present and both scores are finite numbers. */
    public ReliableChange {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(t1) || !Double.isFinite(t2)) {
            throw new IllegalArgumentException("scores must be finite numbers: " + t1 + ", " + t2);
        }
    }

    /** The reliable change of a score from {@code t1} to {@code t2}. */
    public static ReliableChange of(ReliableChangeBasis basis, Direction direction, double t1, double t2) {
        return new ReliableChange(basis, direction, t1, t2);
    }

    /** The change in points, T2 &minus; T1 (negative for a decrease). */
    public double change() {
        return t2 - t1;
    }

    /** The reliable change index, (T2 &minus; T1) / S_diff. */
    public double rci() {
        return change() / basis.sDiff();
    }

    /** Whether |RCI| exceeds {@link ReliableChangeBasis#CRITICAL_RCI}. */
    public boolean isReliable() {
        return Math.abs(rci()) > ReliableChangeBasis.CRITICAL_RCI;
    }

    /** Improved, no reliable change or deteriorated, with the scale's direction taken into account. */
    public ChangeStatus status() {
        if (!isReliable()) {
            return ChangeStatus.NO_RELIABLE_CHANGE;
        }
        boolean increased = change() > 0;
        boolean better = direction == Direction.HIGHER_IS_BETTER ? increased : !increased;
        return better ? ChangeStatus.IMPROVED : ChangeStatus.DETERIORATED;
    }
}
