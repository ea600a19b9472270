package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Direction;

/** The Wilcoxon signed-rank test of a group's changes, against R and against hand computation. */
class SignedRankTestTest {

    private static final NormalDistribution PHI = new NormalDistribution(null, 0, 1);

    /**
     * Student's sleep data: R 4.x, {@code wilcox.test(extra ~ group, data = sleep, paired = TRUE)} prints
     * "V = 0, p-value = 0.009091" with the warnings "cannot compute exact p-value with ties" and "... with
     * zeroes": patient 5 has a difference of 0 and patients 3 and 4 share a difference of 1.3, so R drops the
     * zero and uses the normal approximation with tie correction and continuity correction. So do we.
     */
    @Test
    void sleepDataAsR() {
        SignedRankTest test = sleep().signedRankTest().orElseThrow();
        assertEquals(10, test.pairs());
        assertEquals(1, test.zeros());
        assertEquals(9, test.ranked());
        assertTrue(test.ties());
        assertEquals(0, test.v());
        assertEquals(SignedRankMethod.NORMAL_APPROXIMATION, test.method());
        assertEquals(0.009091, test.p(), 0.0000005);
    }

    /**
     * The same by hand: 9 non-zero differences, all negative, so V = 0; E(V) = 9*10/4 = 22.5; one pair of ties
     * (t = 2) gives Var(V) = 9*10*19/24 - (8 - 2)/48 = 71.125; z = (0 - 22.5 + 0.5) / sqrt(71.125).
     */
    @Test
    void sleepDataByHand() {
        double z = (0 - 22.5 + 0.5) / Math.sqrt(71.125);
        assertEquals(2 * PHI.cumulativeProbability(z), sleep().signedRankTest().orElseThrow().p(), 1e-12);
    }

    /**
     * Why Commons Math's {@code WilcoxonSignedRankTest} alone cannot give R's value (version 3.6.1): it ranks the
     * zero difference instead of dropping it (N = 10, the zero taking rank 1, so the smaller rank sum is 1), it
     * does not correct the variance for ties (10*11*21/24 = 96.25), and it subtracts the continuity correction
     * from the smaller rank sum, away from the mean: z = (1 - 27.5 - 0.5) / sqrt(96.25), p = 0.0059 instead of
     * 0.0091. If a later version changes this, this test says so.
     */
    @Test
    void commonsMathsOwnNormalApproximationDiffersAndThisIsWhy() {
        double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(SleepData.GROUP_1, SleepData.GROUP_2, false);
        double z = (1 - 27.5 - 0.5) / Math.sqrt(96.25);
        assertEquals(2 * PHI.cumulativeProbability(z), p, 1e-12);
        assertEquals(0.0059, p, 0.00005);
    }

    /**
     * Without zeros or ties the exact distribution is used. Data: Hollander &amp; Wolfe (1973, p. 29), the example
     * of R's {@code ?wilcox.test}: {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")} gives
     * V = 40, p-value = 0.01953. Two-sided, by the symmetry of the null distribution: twice that, 20/512, as 10
     * of the 512 sign patterns give a rank sum of 40 or more (those whose negative ranks sum to at most 5).
     */
    @Test
    void smallGroupsWithoutTiesGetTheExactP() {
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        List<ScorePair> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            pairs.add(ScorePair.of(y[i], x[i]));
        }
        SignedRankTest test = PairedChange.of("x", Direction.HIGHER_IS_WORSE, pairs).signedRankTest().orElseThrow();
        assertEquals(SignedRankMethod.EXACT, test.method());
        assertEquals(40, test.v());
        assertEquals(20.0 / 512, test.p(), 1e-15);
        assertEquals(2 * 0.01953, test.p(), 0.00001);
    }

    /**
     * Changes +1, -2, -3, +4: V = 5, exactly its mean 4*5/4, so p = 1 (R: p-value = 1). Commons Math's exact
     * p-value counts the rank sums at or above the larger sum on both sides and gives 18/16 = 1.125.
     */
    @Test
    void aBalancedGroupHasPOneNotMore() {
        List<ScorePair> pairs = List.of(ScorePair.of(0, 1), ScorePair.of(0, -2), ScorePair.of(0, -3),
                ScorePair.of(0, 4));
        SignedRankTest test = PairedChange.of("x", Direction.HIGHER_IS_WORSE, pairs).signedRankTest().orElseThrow();
        assertEquals(5, test.v());
        assertEquals(SignedRankMethod.EXACT, test.method());
        assertEquals(1.0, test.p());
        assertEquals(1.125, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(
                new double[] {0, 0, 0, 0}, new double[] {1, -2, -3, 4}, true), 1e-15);
    }

    /**
     * 21 pairs, changes 1, -2, 3, ..., -20, 21 (odd ones up): no ties, but above the exact limit of 20, so the
     * normal approximation: V = 1 + 3 + ... + 21 = 121, E(V) = 21*22/4 = 115.5, Var(V) = 21*22*43/24 = 827.75,
     * z = (121 - 115.5 - 0.5) / sqrt(827.75).
     */
    @Test
    void aboveTwentyPairsTheNormalApproximation() {
        List<ScorePair> pairs = new ArrayList<>();
        for (int k = 1; k <= 21; k++) {
            pairs.add(ScorePair.of(0, k % 2 == 1 ? k : -k));
        }
        SignedRankTest test = PairedChange.of("x", Direction.HIGHER_IS_WORSE, pairs).signedRankTest().orElseThrow();
        assertEquals(SignedRankMethod.NORMAL_APPROXIMATION, test.method());
        assertFalse(test.ties());
        assertEquals(121, test.v());
        double z = (121 - 115.5 - 0.5) / Math.sqrt(827.75);
        assertEquals(2 * PHI.cumulativeProbability(-z), test.p(), 1e-12);
    }

    private static PairedChange sleep() {
        return PairedChange.of("extra", Direction.HIGHER_IS_BETTER, SleepData.asInR());
    }
}
