package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Direction;

/**
 * The cohort change statistics on Student's sleep data ({@link SleepData}), against R's published output.
 *
 * <p>t-test: {@code norms.md} &sect;4, from R's {@code t.test(extra ~ group, data = sleep, paired = TRUE)}:
 * t = &minus;4.0621, df = 9, p-value = 0.002833, mean difference &minus;1.58, 95% CI &minus;2.4598 to &minus;0.7002.
 * Each value is compared to half a unit of its last printed digit, except the interval: R prints it as
 * "&minus;2.4598858 &minus;0.7001142", and the specification's four-decimal figures are each one unit off in the
 * last digit (they are &minus;1.58 &plusmn; 0.8798, the half-width 0.87989 cut short), so the interval is checked
 * against R's seven digits and, more loosely, against the specification's.
 */
class PairedChangeSleepTest {

    private final PairedChange result = PairedChange.of("extra", Direction.HIGHER_IS_BETTER, SleepData.asInR());

    @Test
    void pairedTTestAsPublished() {
        PairedTTest t = result.tTest().orElseThrow();
        assertEquals(-4.0621, t.t(), 0.00005);
        assertEquals(9, t.df());
        assertEquals(0.002833, t.p(), 0.0000005);
    }

    @Test
    void meanChangeAndItsIntervalAsPublished() {
        Estimate change = result.meanChange().orElseThrow();
        assertEquals(-1.58, change.value(), 1e-12);
        ConfidenceInterval ci = change.ci95().orElseThrow();
        assertEquals(-2.4598858, ci.lower(), 0.00000005);
        assertEquals(-0.7001142, ci.upper(), 0.00000005);
        assertEquals(-2.4598, ci.lower(), 0.0001);
        assertEquals(-0.7002, ci.upper(), 0.0001);
        assertEquals(0.95, ci.level());
    }

    @Test
    void descriptivesAtBothTimes() {
        // hand: drug 2 sums to 23.3, drug 1 to 7.5
        assertEquals(10, result.n());
        assertEquals(2.33, result.t1().orElseThrow().mean(), 1e-12);
        assertEquals(0.75, result.t2().orElseThrow().mean(), 1e-12);
        assertEquals(sd(SleepData.GROUP_2), result.t1().orElseThrow().sd().getAsDouble(), 1e-12);
        assertEquals(sd(SleepData.GROUP_1), result.t2().orElseThrow().sd().getAsDouble(), 1e-12);
    }

    /**
     * d_z = t / &radic;n, from the published t alone; its interval d_z &plusmn; 1.959964 &times; &radic;(1/n +
     * d_z&sup2;/(2n)), 1.959964 being the 0.975 quantile of the standard normal distribution.
     */
    @Test
    void dzFromThePublishedT() {
        double dz = -4.0621 / Math.sqrt(10);
        double halfWidth = 1.959963984540054 * Math.sqrt(1.0 / 10 + dz * dz / 20);
        Estimate estimate = result.dz().orElseThrow();
        assertEquals(dz, estimate.value(), 0.00005 / Math.sqrt(10));
        assertEquals(dz - halfWidth, estimate.ci95().orElseThrow().lower(), 0.0001);
        assertEquals(dz + halfWidth, estimate.ci95().orElseThrow().upper(), 0.0001);
    }

    /** Becker's d = mean change / SD at T1, and its interval with the T1-T2 correlation, computed here by hand. */
    @Test
    void changeOverBaselineSdByHand() {
        double sdT1 = sd(SleepData.GROUP_2);
        double r = correlation(SleepData.GROUP_2, SleepData.GROUP_1);
        double d = -1.58 / sdT1;
        double halfWidth = 1.959963984540054 * Math.sqrt(2 * (1 - r) / 10 + d * d / 20);
        Estimate estimate = result.dBaseline().orElseThrow();
        assertEquals(d, estimate.value(), 1e-9);
        assertEquals(d - halfWidth, estimate.ci95().orElseThrow().lower(), 1e-9);
        assertEquals(d + halfWidth, estimate.ci95().orElseThrow().upper(), 1e-9);
    }

    @Test
    void readingThePairsTheOtherWayRoundFlipsEverySign() {
        PairedChange reversed = PairedChange.of("extra", Direction.HIGHER_IS_BETTER, SleepData.reversed());
        assertEquals(4.0621, reversed.tTest().orElseThrow().t(), 0.00005);
        assertEquals(0.002833, reversed.tTest().orElseThrow().p(), 0.0000005);
        assertEquals(0.7001142, reversed.meanChange().orElseThrow().ci95().orElseThrow().lower(), 0.00000005);
        assertEquals(2.4598858, reversed.meanChange().orElseThrow().ci95().orElseThrow().upper(), 0.00000005);
        assertEquals(-result.dz().orElseThrow().value(), reversed.dz().orElseThrow().value(), 1e-12);
    }

    @Test
    void nothingIsMissingForTenPairs() {
        assertTrue(result.missing().isEmpty(), result.missing()::toString);
    }

    private static double sd(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double squares = 0;
        for (double x : xs) {
            squares += (x - mean) * (x - mean);
        }
        return Math.sqrt(squares / (xs.length - 1));
    }

    private static double correlation(double[] xs, double[] ys) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < xs.length; i++) {
            mx += xs[i] / xs.length;
            my += ys[i] / ys.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
