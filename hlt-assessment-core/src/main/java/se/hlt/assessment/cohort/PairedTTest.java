package se.hlt.assessment.cohort;

/**
 * A paired t-test of the mean change against 0 (Student 1908; as R's {@code t.test(..., paired = TRUE)}).
 *
 * @param t the t statistic of T2 &minus; T1: the mean change divided by its standard error
 * @param df the degrees of freedom, n &minus; 1
 * @param p the two-sided p-value
 */
public record PairedTTest(double t, int df, double p) {

    /** Checks that the statistic is finite, df positive and p a probability. */
    public PairedTTest {
        if (!Double.isFinite(t) || df < 1 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("not a t-test result: t " + t + ", df " + df + ", p " + p);
        }
    }
}
