package se.hlt.assessment.cohort;

import se.hlt.assessment.comparison.BandPosition;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * What a group's pairs say about one score, tallied: how many pairs have each combination of T1 and T2 score
 * (whole numbers), how many have each reliable change status, and how many moved out of the atypical bands.
 * Tallies of groups add up to the tally of their union, so a total is the sum of its cells' tallies.
 *
 * <p>Why tallies rather than a list of pairs: a county's file has up to a million pairs, whose scores take a few
 * dozen values; a tally is filled in one pass in file order, by each reading thread for its own part, and adding
 * two is cheap. The statistics are computed from the table itself ({@link #pairs(int)}), not from a list of
 * pairs, so they do not depend on the order of the rows either.
 */
final class ScaleTally {

    private int size = 16;
    /** counts[t1 * size + t2]. */
    private int[] counts = new int[size * size];
    private int n;
    private final int[] statuses = new int[ChangeStatus.values().length];
    private int banded;
    private int atypical;
    private int leftAtypical;
    private int reachedMostTypical;

    /** Counts a pair with these scores (whole numbers from 0). */
    void scores(int t1, int t2) {
        if (t1 >= size || t2 >= size) {
            grow(Math.max(t1, t2) + 1);
        }
        counts[t1 * size + t2]++;
        n++;
    }

    private void grow(int atLeast) {
        int bigger = Math.max(size * 2, atLeast);
        int[] more = new int[bigger * bigger];
        for (int a = 0; a < size; a++) {
            System.arraycopy(counts, a * size, more, a * bigger, size);
        }
        counts = more;
        size = bigger;
    }

    /** Counts a pair's reliable change status. */
    void status(ChangeStatus status) {
        statuses[status.ordinal()]++;
    }

    /** Counts a pair's bands at T1 and T2. */
    void bands(BandPosition t1, BandPosition t2) {
        banded++;
        if (t1.isAtypical()) {
            atypical++;
            leftAtypical += t2.isAtypical() ? 0 : 1;
            reachedMostTypical += t2.isMostTypical() ? 1 : 0;
        }
    }

    /** Adds {@code other}'s counts to these. */
    void add(ScaleTally other) {
        if (other.size > size) {
            grow(other.size);
        }
        for (int a = 0; a < other.size; a++) {
            for (int b = 0; b < other.size; b++) {
                counts[a * size + b] += other.counts[a * other.size + b];
            }
        }
        n += other.n;
        for (int s = 0; s < statuses.length; s++) {
            statuses[s] += other.statuses[s];
        }
        banded += other.banded;
        atypical += other.atypical;
        leftAtypical += other.leftAtypical;
        reachedMostTypical += other.reachedMostTypical;
    }

    /** How many pairs have both scores. */
    int n() {
        return n;
    }

    /**
     * The pairs tallied, as a table of counts: each tallied score divided by {@code divisor} (10 for scores
     * tallied in tenths) is the score.
     */
    PairSample pairs(int divisor) {
        return new CountedPairs(counts.clone(), size, divisor);
    }

    ReliableChangeShares reliableChange() {
        int improved = statuses[ChangeStatus.IMPROVED.ordinal()];
        int unchanged = statuses[ChangeStatus.NO_RELIABLE_CHANGE.ordinal()];
        int deteriorated = statuses[ChangeStatus.DETERIORATED.ordinal()];
        return new ReliableChangeShares(improved + unchanged + deteriorated, improved, unchanged, deteriorated);
    }

    BandExits bandExits() {
        return new BandExits(banded, atypical, leftAtypical, reachedMostTypical);
    }
}
