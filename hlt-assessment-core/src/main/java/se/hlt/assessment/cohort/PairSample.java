package se.hlt.assessment.cohort;

import java.util.Optional;

/**
 * What {@link PairedChange} needs to know of a group's pairs, however they are held: one array entry per child
 * ({@link ChildPairs}) or a count per combination of T1 and T2 score ({@link CountedPairs}).
 */
interface PairSample {

    /** How many pairs. */
    int n();

    /** The scores at T1. */
    Spread before();

    /** The scores at T2. */
    Spread after();

    /** The changes, T2 &minus; T1. */
    Spread changes();

    /** Pearson's correlation of T1 and T2; only asked when neither is the same for all. */
    double correlation();

    /** The two-sided paired t-test; only asked for two or more pairs whose changes differ. */
    PairedTTest tTest();

    /** The Wilcoxon signed-rank test; empty when every change is exactly 0. */
    Optional<SignedRankTest> signedRank();

    /**
     * The mean and sample variance of a set of values, and whether they are all exactly the same (decided
     * exactly, not from a variance that rounding can leave a hair above 0).
     */
    record Spread(double mean, double variance, boolean allEqual) {

        /** The SD: the square root of the variance. */
        double sd() {
            return Math.sqrt(variance);
        }
    }
}
