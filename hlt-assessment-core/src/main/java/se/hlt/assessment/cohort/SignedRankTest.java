package se.hlt.assessment.cohort;

import java.util.Objects;

/**
 * A Wilcoxon signed-rank test of the changes T2 &minus; T1 against a symmetric distribution about 0.
 *
 * @param pairs how many pairs were given
 * @param zeros how many of them had a change of exactly 0; these are dropped before ranking
 * @param ties whether two or more non-zero changes have the same size (they share an average rank)
 * @param v the statistic V: the sum of the ranks of the positive changes, as R reports it
 * @param method how the p-value was found
 * @param p the two-sided p-value
 */
public record SignedRankTest(int pairs, int zeros, boolean ties, double v, SignedRankMethod method, double p) {

    /** Checks the counts and that p is a probability. */
    public SignedRankTest {
        Objects.requireNonNull(method, "method");
        if (zeros < 0 || zeros >= pairs || !(p >= 0 && p <= 1) || !(v >= 0)) {
            throw new IllegalArgumentException("not a signed-rank result: pairs " + pairs + ", zeros " + zeros
                    + ", V " + v + ", p " + p);
        }
    }

    /** How many non-zero changes were ranked. */
    public int ranked() {
        return pairs - zeros;
    }
}
