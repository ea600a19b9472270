package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import se.hlt.assessment.instrument.Direction;

/**
 * The change of one score over a group of children, each measured twice: descriptives at T1 and T2, the mean
 * change with its 95% confidence interval, a paired t-test, a Wilcoxon signed-rank test, and two standardised
 * effect sizes with 95% intervals.
 *
 * <p>Every change is T2 &minus; T1 in the score's own units, whatever its direction: for a difficulty score a
 * negative mean change is an improvement, for a strength score a positive one. The {@code direction} is carried
 * so that a reader knows which.
 *
 * <ul>
 *   <li>Mean change CI: mean &plusmn; t<sub>0.975, n&minus;1</sub> &times; SD of change / &radic;n.</li>
 *   <li>Paired t-test: Commons Math {@code TTest.pairedT}/{@code pairedTTest}, two-sided.</li>
 *   <li>Signed-rank test: as R's {@code wilcox.test(paired = TRUE)}; see {@link SignedRankTest} and
 *       {@code SignedRank} for zeros, ties and exact versus normal p-values.</li>
 *   <li>Effect sizes: d_z = mean change / SD of change, and d_baseline = mean change / SD at T1, each with a
 *       large-sample normal interval (see {@code StandardizedChange}).</li>
 * </ul>
 *
 * @param score the score's short name, e.g. {@code ebdtot}
 * @param direction which way along the score is good for the child
 * @param n how many children (pairs)
 * @param t1 the scores at T1; empty for an empty group
 * @param t2 the scores at T2; empty for an empty group
 * @param meanChange the mean of T2 &minus; T1 with its 95% interval
 * @param tTest the paired t-test
 * @param signedRankTest the Wilcoxon signed-rank test
 * @param dz the mean change divided by the SD of change, with its 95% interval
 * @param dBaseline the mean change divided by the SD at T1, with its 95% interval
 * @param missing every statistic left out, and why
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record PairedChange(String score, Direction direction, int n, Optional<Descriptives> t1,
                           Optional<Descriptives> t2, Optional<Estimate> meanChange, Optional<PairedTTest> tTest,
                           Optional<SignedRankTest> signedRankTest, Optional<Estimate> dz,
                           Optional<Estimate> dBaseline, List<Missing> missing) {

    /** The name of the scores at T1, as used in {@link Missing#statistic()}. */
    public static final String T1 = "t1";
    /** The name of the scores at T2, as used in {@link Missing#statistic()}. */
    public static final String T2 = "t2";
    /** The name of the SD at T1, as used in {@link Missing#statistic()}. */
    public static final String T1_SD = "t1_sd";
    /** The name of the SD at T2, as used in {@link Missing#statistic()}. */
    public static final String T2_SD = "t2_sd";
    /** The name of the mean change, as used in {@link Missing#statistic()}. */
    public static final String MEAN_CHANGE = "mean_change";
    /** The name of the interval of the mean change, as used in {@link Missing#statistic()}. */
    public static final String MEAN_CHANGE_CI = "mean_change_ci";
    /** The name of the paired t-test, as used in {@link Missing#statistic()}. */
    public static final String T_TEST = "t_test";
    /** The name of the signed-rank test, as used in {@link Missing#statistic()}. */
    public static final String SIGNED_RANK_TEST = "signed_rank_test";
    /** The name of d_z with its interval, as used in {@link Missing#statistic()}. */
    public static final String D_Z = "d_z";
    /** The name of d_baseline with its interval, as used in {@link Missing#statistic()}. */
    public static final String D_BASELINE = "d_baseline";
    /** The name of the interval of d_baseline, as used in {@link Missing#statistic()}. */
    public static final String D_BASELINE_CI = "d_baseline_ci";

    /** Checks the required parts, normalises absent optionals and copies the list. */
    public PairedChange {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(direction, "direction");
        t1 = t1 == null ? Optional.empty() : t1;
        t2 = t2 == null ? Optional.empty() : t2;
        meanChange = meanChange == null ? Optional.empty() : meanChange;
        tTest = tTest == null ? Optional.empty() : tTest;
        signedRankTest = signedRankTest == null ? Optional.empty() : signedRankTest;
        dz = dz == null ? Optional.empty() : dz;
        dBaseline = dBaseline == null ? Optional.empty() : dBaseline;
        missing = List.copyOf(missing);
    }

    /**
     * The change statistics of {@code pairs}. Never fails: whatever cannot be computed for this group is left
     * out and listed in {@link #missing()}.
     */
    public static PairedChange of(String score, Direction direction, List<ScorePair> pairs) {
        return of(score, direction, new ChildPairs(pairs.stream().mapToDouble(ScorePair::t1).toArray(),
                pairs.stream().mapToDouble(ScorePair::t2).toArray()));
    }

    /**
     * The change statistics of the pairs ({@code t1[i]}, {@code t2[i]}): the same as {@link #of(String,
     * Direction, List)} without a {@link ScorePair} per child, for groups of hundreds of thousands.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold a number that is not finite
     */
    public static PairedChange of(String score, Direction direction, double[] t1, double[] t2) {
        if (t1.length != t2.length) {
            throw new IllegalArgumentException("T1 and T2 scores differ in number: " + t1.length + ", " + t2.length);
        }
        for (int i = 0; i < t1.length; i++) {
            if (!Double.isFinite(t1[i]) || !Double.isFinite(t2[i])) {
                throw new IllegalArgumentException("scores must be finite numbers: " + t1[i] + ", " + t2[i]);
            }
        }
        return of(score, direction, new ChildPairs(t1.clone(), t2.clone()));
    }

    /** The change statistics of {@code pairs}, however they are held. */
    static PairedChange of(String score, Direction direction, PairSample pairs) {
        return new Builder(score, direction, pairs).build();
    }

    /** Whether {@code statistic} is missing, and why. */
    public Optional<MissingReason> whyMissing(String statistic) {
        return missing.stream().filter(m -> m.statistic().equals(statistic)).map(Missing::reason).findFirst();
    }

    /** Computes the statistics one by one, noting each one that cannot be computed. */
    private static final class Builder {
        private final String score;
        private final Direction direction;
        private final PairSample pairs;
        private final int n;
        private final List<Missing> missing = new ArrayList<>();

        Builder(String score, Direction direction, PairSample pairs) {
            this.score = score;
            this.direction = direction;
            this.pairs = pairs;
            this.n = pairs.n();
        }

        PairedChange build() {
            if (n == 0) {
                missingAll(MissingReason.NO_DATA, T1, T2, MEAN_CHANGE, T_TEST, SIGNED_RANK_TEST, D_Z, D_BASELINE);
                return result(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty());
            }
            PairSample.Spread changes = pairs.changes();
            double mean = changes.mean();
            if (n == 1) {
                missingAll(MissingReason.ONE_CHILD, T1_SD, T2_SD, MEAN_CHANGE_CI, T_TEST, SIGNED_RANK_TEST, D_Z,
                        D_BASELINE);
                return result(Optional.of(Estimate.alone(mean)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty());
            }
            Optional<Estimate> meanChange;
            Optional<PairedTTest> tTest;
            Optional<Estimate> dz;
            if (changes.allEqual()) {
                missingAll(MissingReason.SAME_CHANGE_FOR_ALL, MEAN_CHANGE_CI, T_TEST, D_Z);
                meanChange = Optional.of(Estimate.alone(mean));
                tTest = Optional.empty();
                dz = Optional.empty();
            } else {
                double sdChange = changes.sd();
                double halfWidth = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                        * sdChange / Math.sqrt(n);
                meanChange = Optional.of(Estimate.of(mean, ConfidenceInterval.around95(mean, halfWidth)));
                tTest = Optional.of(pairs.tTest());
                dz = Optional.of(StandardizedChange.dz(mean, sdChange, n));
            }
            Optional<SignedRankTest> signedRank = pairs.signedRank();
            if (signedRank.isEmpty()) {
                missingAll(MissingReason.NO_CHANGE_AT_ALL, SIGNED_RANK_TEST);
            }
            return result(meanChange, tTest, signedRank, dz, dBaseline(mean));
        }

        private Optional<Estimate> dBaseline(double mean) {
            PairSample.Spread before = pairs.before();
            if (before.allEqual()) {
                missingAll(MissingReason.SAME_T1_FOR_ALL, D_BASELINE);
                return Optional.empty();
            }
            double sdBefore = before.sd();
            if (pairs.after().allEqual()) {
                missingAll(MissingReason.SAME_T2_FOR_ALL, D_BASELINE_CI);
                return Optional.of(Estimate.alone(mean / sdBefore));
            }
            return Optional.of(StandardizedChange.dBaseline(mean, sdBefore, pairs.correlation(), n));
        }

        private PairedChange result(Optional<Estimate> meanChange, Optional<PairedTTest> tTest,
                                    Optional<SignedRankTest> signedRank, Optional<Estimate> dz,
                                    Optional<Estimate> dBaseline) {
            Optional<Descriptives> t1 = n == 0 ? Optional.empty() : Optional.of(Descriptives.of(n, pairs.before()));
            Optional<Descriptives> t2 = n == 0 ? Optional.empty() : Optional.of(Descriptives.of(n, pairs.after()));
            return new PairedChange(score, direction, n, t1, t2, meanChange, tTest, signedRank, dz, dBaseline,
                    missing);
        }

        private void missingAll(MissingReason reason, String... statistics) {
            for (String statistic : statistics) {
                missing.add(new Missing(statistic, reason));
            }
        }
    }
}
