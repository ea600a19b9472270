package se.hlt.assessment.cohort;

import java.util.Optional;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.TTest;

/** Pairs given child by child: {@code before[i]} and {@code after[i]} are one child's scores. */
final class ChildPairs implements PairSample {

    private final double[] before;
    private final double[] after;
    private final double[] changes;

    /** The pairs of these arrays, of equal length; not copied. */
    ChildPairs(double[] before, double[] after) {
        this.before = before;
        this.after = after;
        this.changes = new double[before.length];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = after[i] - before[i];
        }
    }

    @Override
    public int n() {
        return before.length;
    }

    @Override
    public Spread before() {
        return spread(before);
    }

    @Override
    public Spread after() {
        return spread(after);
    }

    @Override
    public Spread changes() {
        return spread(changes);
    }

    private static Spread spread(double[] values) {
        double variance = values.length < 2 ? Double.NaN : StatUtils.variance(values);
        return new Spread(StatUtils.mean(values), variance, Values.allEqual(values));
    }

    @Override
    public double correlation() {
        return new PearsonsCorrelation().correlation(before, after);
    }

    @Override
    public PairedTTest tTest() {
        TTest test = new TTest();
        return new PairedTTest(test.pairedT(after, before), n() - 1, test.pairedTTest(after, before));
    }

    @Override
    public Optional<SignedRankTest> signedRank() {
        return SignedRank.test(before, after);
    }
}
