package se.hlt.assessment.comparison;

import java.util.Objects;

/**
 * The bands one child's score fell in at T1 and at T2, in the same banding.
 *
 * @param t1 the band at T1
 * @param t2 the band at T2
 */
public record BandMove(BandPosition t1, BandPosition t2) {

    /** Checks that both bands come from a banding with the same number of bands. */
    public BandMove {
        requireOneBanding(t1, t2);
    }

    /**
     * Checks what a move's bands must be (both given, from one banding) without making a move: a cohort counts
     * millions of them, and under the first compiler alone, which {@code hlt cohort} runs with, each move made
     * only to be checked was an allocation (two fifths of the command's).
     *
     * @throws IllegalArgumentException if the bands come from bandings with different numbers of bands
     */
    public static void requireOneBanding(BandPosition t1, BandPosition t2) {
        Objects.requireNonNull(t1, "t1");
        Objects.requireNonNull(t2, "t2");
        if (t1.bandCount() != t2.bandCount()) {
            throw new IllegalArgumentException("T1 and T2 bands come from different bandings");
        }
    }

    /** A move from band {@code t1} to band {@code t2}. */
    public static BandMove of(BandPosition t1, BandPosition t2) {
        return new BandMove(t1, t2);
    }
}
