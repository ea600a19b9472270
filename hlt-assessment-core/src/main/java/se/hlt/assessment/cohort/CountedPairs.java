package se.hlt.assessment.cohort;

import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Pairs given as a count per combination of T1 and T2 score: {@code counts[t1 * size + t2]} children scored
 * {@code t1 / divisor} at T1 and {@code t2 / divisor} at T2, for whole numbers t1 and t2 from 0.
 *
 * <p>Why: a county's cohort has hundreds of thousands of pairs per scale, whose scores take a few dozen values.
 * Every statistic here is a sum over the table's cells, each weighted by its count, instead of a sum over the
 * children, with the same formulas: means and variances in two passes as Commons Math's {@code Mean} and
 * {@code Variance}, the t-test by Commons Math's {@code TTest} from those summaries, the signed-rank test from
 * the counts of each size of change ({@link SignedRank#test(int, long[], long[])}). Changes are taken in whole
 * units of the table, so changes that are equal in tenths are equal here, which differences of decimals
 * (0.3 &minus; 0.1 and 0.5 &minus; 0.3) are not always.
 */
final class CountedPairs implements PairSample {

    private final int[] counts;
    private final int size;
    private final int divisor;
    private final int n;

    /**
     * The pairs of this table (not copied: the caller leaves it alone).
     *
     * @param counts how many pairs have each combination, {@code counts[t1 * size + t2]}
     * @param size the number of possible scores at either time, 0 to size &minus; 1
     * @param divisor what a table score is divided by to give the score (1 for whole scores, 10 for tenths)
     */
    CountedPairs(int[] counts, int size, int divisor) {
        if (counts.length != size * size || divisor < 1) {
            throw new IllegalArgumentException("a " + size + " x " + size + " table with divisor " + divisor
                    + " cannot have " + counts.length + " cells");
        }
        this.counts = counts;
        this.size = size;
        this.divisor = divisor;
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        this.n = Math.toIntExact(total);
    }

    @Override
    public int n() {
        return n;
    }

    @Override
    public Spread before() {
        long[] byScore = new long[size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                byScore[a] += counts[a * size + b];
            }
        }
        return spread(byScore, 0);
    }

    @Override
    public Spread after() {
        long[] byScore = new long[size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                byScore[b] += counts[a * size + b];
            }
        }
        return spread(byScore, 0);
    }

    @Override
    public Spread changes() {
        return spread(byChange(), size - 1);
    }

    /** How many pairs changed by each amount, at index change + size &minus; 1. */
    private long[] byChange() {
        long[] byChange = new long[2 * size - 1];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                byChange[b - a + size - 1] += counts[a * size + b];
            }
        }
        return byChange;
    }

    /** The spread of values (index &minus; offset) / divisor, each counted {@code counts[index]} times. */
    private Spread spread(long[] valueCounts, int offset) {
        // Commons Math's Mean and Variance in two passes: the sum's mean, corrected by the mean deviation from it;
        // then the squared deviations, corrected for their rounding (the "corrected two-pass algorithm").
        double sum = 0;
        int distinct = 0;
        for (int i = 0; i < valueCounts.length; i++) {
            if (valueCounts[i] > 0) {
                sum += valueCounts[i] * value(i, offset);
                distinct++;
            }
        }
        double first = sum / n;
        double correction = 0;
        for (int i = 0; i < valueCounts.length; i++) {
            correction += valueCounts[i] * (value(i, offset) - first);
        }
        double mean = first + correction / n;
        double squares = 0;
        double deviations = 0;
        for (int i = 0; i < valueCounts.length; i++) {
            double deviation = value(i, offset) - mean;
            squares += valueCounts[i] * deviation * deviation;
            deviations += valueCounts[i] * deviation;
        }
        double variance = n < 2 ? Double.NaN : (squares - deviations * deviations / n) / (n - 1);
        return new Spread(mean, variance, distinct <= 1);
    }

    private double value(int index, int offset) {
        return (index - offset) / (double) divisor;
    }

    @Override
    public double correlation() {
        double meanBefore = before().mean();
        double meanAfter = after().mean();
        double products = 0;
        double beforeSquares = 0;
        double afterSquares = 0;
        for (int a = 0; a < size; a++) {
            double x = a / (double) divisor - meanBefore;
            for (int b = 0; b < size; b++) {
                int count = counts[a * size + b];
                if (count > 0) {
                    double y = b / (double) divisor - meanAfter;
                    products += count * x * y;
                    beforeSquares += count * x * x;
                    afterSquares += count * y * y;
                }
            }
        }
        return products / Math.sqrt(beforeSquares * afterSquares);
    }

    @Override
    public PairedTTest tTest() {
        Spread changes = changes();
        StatisticalSummaryValues summary = new StatisticalSummaryValues(changes.mean(), changes.variance(), n,
                Double.NaN, Double.NaN, changes.mean() * n);
        TTest test = new TTest();
        return new PairedTTest(test.t(0, summary), n - 1, test.tTest(0, summary));
    }

    @Override
    public Optional<SignedRankTest> signedRank() {
        long[] byChange = byChange();
        long[] up = new long[size];
        long[] down = new long[size];
        for (int change = 1; change < size; change++) {
            up[change] = byChange[change + size - 1];
            down[change] = byChange[-change + size - 1];
        }
        return SignedRank.test(n, up, down);
    }
}
