package se.hlt.assessment.cohort;

/**
 * One child's score on one scale at two measurements.
 *
 * @param t1 the score at the first measurement (baseline)
 * @param t2 the score at the second measurement (follow-up)
 */
public record ScorePair(double t1, double t2) {

    /** Checks that both scores are finite numbers. */
    public ScorePair {
        if (!Double.isFinite(t1) || !Double.isFinite(t2)) {
            throw new IllegalArgumentException("scores must be finite numbers: " + t1 + ", " + t2);
        }
    }

    /** A pair of scores. */
    public static ScorePair of(double t1, double t2) {
        return new ScorePair(t1, t2);
    }

    /** The change, T2 &minus; T1. */
    public double change() {
        return t2 - t1;
    }
}
