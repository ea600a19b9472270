package se.hlt.assessment.cohort;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The Wilcoxon signed-rank test, computed as R's {@code wilcox.test(x, y, paired = TRUE)} computes it, so that
 * its results can be checked against R.
 *
 * <ul>
 *   <li><b>Zero changes</b> are dropped before ranking (Wilcoxon's original rule, R's default); the result
 *       reports how many.</li>
 *   <li><b>Ties</b> among the non-zero changes share the average of their ranks.</li>
 *   <li><b>Exact or normal</b>: the exact null distribution when there are no zeros, no ties and at most
 *       {@value #EXACT_MAX} pairs; otherwise the normal approximation with the tie-corrected variance
 *       n(n+1)(2n+1)/24 &minus; &Sigma;(t&sup3; &minus; t)/48 and a continuity correction of 0.5 towards the
 *       mean. R uses the exact distribution up to 49 pairs; between 21 and 49 pairs without zeros or ties our
 *       p-value equals R's with {@code exact = FALSE}.</li>
 * </ul>
 *
 * <p>Why not Commons Math's {@code WilcoxonSignedRankTest} alone: version 3.6.1 ranks zero differences instead
 * of dropping them, leaves the variance uncorrected for ties, and subtracts its 0.5 continuity correction
 * from the smaller rank sum, which moves z away from the mean and makes p too small; its exact p-value can
 * exceed 1 when the two rank sums are equal, and it enumerates all 2<sup>n</sup> sign patterns. We use it for
 * the exact p-value (under the conditions where it is right, capped at 1) and its ranking and normal
 * distribution for the rest.
 *
 * <p>Whole-number changes, such as those of questionnaire scores, are ranked by counting rather than by
 * {@code NaturalRanking}, which sorts an object per change: a county's cohort has hundreds of thousands of
 * changes per scale, with a few dozen distinct sizes. The average ranks are the same numbers either way (sums
 * of whole and half ranks, exact in a double), so the statistic and the p-value are too.
 */
final class SignedRank {

    /** The most pairs for which the exact distribution is used: 2^20 sign patterns, quick to enumerate. */
    static final int EXACT_MAX = 20;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private SignedRank() {
    }

    /** The test of the changes of {@code pairs}; empty when every change is exactly 0. */
    static Optional<SignedRankTest> test(double[] t1, double[] t2) {
        int pairs = t1.length;
        double[] x = Arrays.copyOf(t1, pairs);
        double[] y = Arrays.copyOf(t2, pairs);
        int ranked = 0;
        for (int i = 0; i < pairs; i++) {
            if (t2[i] - t1[i] != 0) {
                x[ranked] = t1[i];
                y[ranked] = t2[i];
                ranked++;
            }
        }
        if (ranked == 0) {
            return Optional.empty();
        }
        x = Arrays.copyOf(x, ranked);
        y = Arrays.copyOf(y, ranked);
        double[] changes = new double[ranked];
        double[] sizes = new double[ranked];
        for (int i = 0; i < ranked; i++) {
            changes[i] = y[i] - x[i];
            sizes[i] = Math.abs(changes[i]);
        }
        double[] ranks = averageRanks(sizes);
        double v = 0;
        for (int i = 0; i < ranked; i++) {
            if (changes[i] > 0) {
                v += ranks[i];
            }
        }
        double tieSum = tieCorrection(sizes);
        int zeros = pairs - ranked;
        boolean ties = tieSum > 0;
        if (zeros == 0 && !ties && ranked <= EXACT_MAX) {
            double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true);
            return Optional.of(new SignedRankTest(pairs, zeros, false, v, SignedRankMethod.EXACT, Math.min(1, p)));
        }
        return Optional.of(new SignedRankTest(pairs, zeros, ties, v, SignedRankMethod.NORMAL_APPROXIMATION,
                normalP(v, ranked, tieSum)));
    }

    /**
     * The test of pairs tallied by their change: {@code up[s]} pairs went up by s units, {@code down[s]} down by s
     * (index 0 unused); the other pairs did not change. The same result as {@link #test(double[], double[])} on
     * the pairs themselves, without a rank per pair: the {@code k} changes of a size after {@code c} smaller ones
     * share the rank (c + 1 + c + k) / 2.
     *
     * @param pairs how many pairs, with those that did not change
     */
    static Optional<SignedRankTest> test(int pairs, long[] up, long[] down) {
        long ranked = 0;
        double v = 0;
        double tieSum = 0;
        for (int size = 1; size < up.length; size++) {
            long count = up[size] + down[size];
            if (count > 0) {
                double rank = (2.0 * (ranked + 1) + count - 1) / 2;
                v += up[size] * rank;
                double t = count;
                tieSum += t * t * t - t;
                ranked += count;
            }
        }
        if (ranked == 0) {
            return Optional.empty();
        }
        int zeros = Math.toIntExact(pairs - ranked);
        if (zeros == 0 && tieSum == 0 && ranked <= EXACT_MAX) {
            return test(new double[(int) ranked], changes((int) ranked, up, down));
        }
        return Optional.of(new SignedRankTest(pairs, zeros, tieSum > 0, v, SignedRankMethod.NORMAL_APPROXIMATION,
                normalP(v, (int) ranked, tieSum)));
    }

    /** Each change of the tallies once: few, for the exact test, which takes pairs one by one. */
    private static double[] changes(int ranked, long[] up, long[] down) {
        double[] changes = new double[ranked];
        int at = 0;
        for (int size = 1; size < up.length; size++) {
            for (long i = 0; i < up[size]; i++) {
                changes[at++] = size;
            }
            for (long i = 0; i < down[size]; i++) {
                changes[at++] = -size;
            }
        }
        return changes;
    }

    /** The largest size ranked by counting: one counter per possible whole size. */
    static final int COUNTED_MAX = 1 << 16;

    /** The rank of each size, ties sharing the average of their ranks (1 for the smallest). */
    static double[] averageRanks(double[] sizes) {
        return wholeAndSmall(sizes) ? countedRanks(sizes)
                : new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(sizes);
    }

    private static boolean wholeAndSmall(double[] sizes) {
        for (double size : sizes) {
            if (!(size >= 0 && size <= COUNTED_MAX) || size != Math.rint(size)) {
                return false;
            }
        }
        return true;
    }

    /** Average ranks of whole sizes: the k equal sizes after c smaller ones share (c + 1 + c + k) / 2. */
    private static double[] countedRanks(double[] sizes) {
        int[] counts = new int[COUNTED_MAX + 1];
        for (double size : sizes) {
            counts[(int) size]++;
        }
        double[] rankOf = new double[COUNTED_MAX + 1];
        long smaller = 0;
        for (int size = 0; size <= COUNTED_MAX; size++) {
            if (counts[size] > 0) {
                rankOf[size] = (2.0 * (smaller + 1) + counts[size] - 1) / 2;
                smaller += counts[size];
            }
        }
        double[] ranks = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            ranks[i] = rankOf[(int) sizes[i]];
        }
        return ranks;
    }

    /**
     * &Sigma;(t&sup3; &minus; t) over the groups of equal sizes (t = the size of a group), in ascending order of
     * size; 0 without ties. Whole sizes are counted, others sorted: the same groups in the same order.
     */
    static double tieCorrection(double[] sizes) {
        if (wholeAndSmall(sizes)) {
            int[] counts = new int[COUNTED_MAX + 1];
            for (double size : sizes) {
                counts[(int) size]++;
            }
            double sum = 0;
            for (int count : counts) {
                double t = count;
                sum += t * t * t - t;
            }
            return sum;
        }
        return tieCorrectionBySorting(sizes);
    }

    /** &Sigma;(t&sup3; &minus; t) over the groups of equal sizes, found by sorting a copy. */
    static double tieCorrectionBySorting(double[] sizes) {
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * t * t - t;
                start = i;
            }
        }
        return sum;
    }

    /** The two-sided p-value of V from the normal approximation, as R's {@code wilcox.test} with correct = TRUE. */
    private static double normalP(double v, int n, double tieSum) {
        double pairs = n; // in double: n(n+1)(2n+1) overflows an int from n = 1,291 on
        double mean = pairs * (pairs + 1) / 4.0;
        double variance = pairs * (pairs + 1) * (2 * pairs + 1) / 24.0 - tieSum / 48.0;
        double distance = v - mean;
        double corrected = distance - Math.signum(distance) * 0.5;
        double z = corrected / Math.sqrt(variance);
        return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }
}
