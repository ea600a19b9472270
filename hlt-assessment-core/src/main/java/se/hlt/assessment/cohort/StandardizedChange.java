package se.hlt.assessment.cohort;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Standardised mean changes and their 95% confidence intervals, by large-sample normal approximations that need
 * no noncentral t distribution (which Commons Math does not have). Neither estimate is corrected for small-sample
 * bias (no Hedges' g factor), and both intervals are approximate: too narrow for a handful of children. They
 * are meant for comparing groups, alongside the t-test and the signed-rank test.
 *
 * <ul>
 *   <li><b>d_z</b> = mean change / SD of change (Cohen 1988), with variance 1/n + d_z&sup2;/(2n): the one-sample
 *       form of the large-sample variance of a standardised mean difference (Hedges &amp; Olkin 1985,
 *       Statistical Methods for Meta-Analysis), applied to the change scores.</li>
 *   <li><b>d_baseline</b> = mean change / SD at T1, Becker's standardised mean change (Becker 1988, Br J Math Stat
 *       Psychol 41:257&ndash;278), with variance 2(1 &minus; r)/n + d&sup2;/(2n), r being the correlation of the
 *       T1 and T2 scores.</li>
 * </ul>
 * Each interval is d &plusmn; z<sub>0.975</sub> &times; &radic;variance.
 */
final class StandardizedChange {

    private static final double Z_975 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

    private StandardizedChange() {
    }

    /** d_z with its interval, from the mean and SD of change of {@code n} pairs. */
    static Estimate dz(double meanChange, double sdChange, int n) {
        double d = meanChange / sdChange;
        double variance = 1.0 / n + d * d / (2.0 * n);
        return Estimate.of(d, ConfidenceInterval.around95(d, Z_975 * Math.sqrt(variance)));
    }

    /** Becker's d with its interval, from the mean change, the SD at T1 and the T1&ndash;T2 correlation. */
    static Estimate dBaseline(double meanChange, double sdBaseline, double correlation, int n) {
        double d = meanChange / sdBaseline;
        // a correlation of exactly 1 comes out as 1.0000000000000002 for some scores in tenths (two pairs are
        // always perfectly correlated): clamped, so that the variance is never below 0 and the interval never NaN
        double r = Math.max(-1, Math.min(1, correlation));
        double variance = 2 * (1 - r) / n + d * d / (2.0 * n);
        return Estimate.of(d, ConfidenceInterval.around95(d, Z_975 * Math.sqrt(variance)));
    }
}
