package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.OptionalDouble;
import se.hlt.assessment.comparison.BandMove;

/**
 * Of the children whose score was in an atypical band at T1 (abnormal; high or very high; see
 * {@link se.hlt.assessment.comparison.BandPosition} for the rule), how many had left the atypical bands at T2, and
 * how many had reached the most typical band.
 *
 * @param n how many children have bands at both times
 * @param atypicalAtT1 how many of them were in an atypical band at T1
 * @param leftAtypical how many of those were in no atypical band at T2
 * @param reachedMostTypical how many of those were in the most typical band at T2
 */
public record BandExits(int n, int atypicalAtT1, int leftAtypical, int reachedMostTypical) {

    /** Checks that each count is part of the one before. */
    public BandExits {
        if (reachedMostTypical < 0 || reachedMostTypical > leftAtypical || leftAtypical > atypicalAtT1
                || atypicalAtT1 > n) {
            throw new IllegalArgumentException("inconsistent counts: " + n + ", " + atypicalAtT1 + ", "
                    + leftAtypical + ", " + reachedMostTypical);
        }
    }

    /** The exits among {@code moves}. */
    public static BandExits of(List<BandMove> moves) {
        int atypical = 0;
        int left = 0;
        int reached = 0;
        for (BandMove move : moves) {
            if (move.t1().isAtypical()) {
                atypical++;
                if (!move.t2().isAtypical()) {
                    left++;
                }
                if (move.t2().isMostTypical()) {
                    reached++;
                }
            }
        }
        return new BandExits(moves.size(), atypical, left, reached);
    }

    /** The percentage of those atypical at T1 who left the atypical bands; empty when none was atypical. */
    @JsonIgnore
    public OptionalDouble percentLeftAtypical() {
        return Percentages.of(leftAtypical, atypicalAtT1);
    }

    /** The percentage of those atypical at T1 who reached the most typical band; empty when none was atypical. */
    @JsonIgnore
    public OptionalDouble percentReachedMostTypical() {
        return Percentages.of(reachedMostTypical, atypicalAtT1);
    }
}
