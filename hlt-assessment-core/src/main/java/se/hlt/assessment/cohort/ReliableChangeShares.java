package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.OptionalDouble;
import se.hlt.assessment.comparison.ChangeStatus;

/**
 * How many children of a group changed reliably for the better, not reliably, or reliably for the worse
 * (Jacobson &amp; Truax reliable change index; see {@link se.hlt.assessment.comparison.ReliableChange}).
 *
 * @param n how many children have a status
 * @param improved how many improved reliably
 * @param unchanged how many showed no reliable change
 * @param deteriorated how many deteriorated reliably
 */
public record ReliableChangeShares(int n, int improved, int unchanged, int deteriorated) {

    /** Checks that the counts add up to n. */
    public ReliableChangeShares {
        if (improved < 0 || unchanged < 0 || deteriorated < 0 || improved + unchanged + deteriorated != n) {
            throw new IllegalArgumentException("counts " + improved + " + " + unchanged + " + " + deteriorated
                    + " do not add up to " + n);
        }
    }

    /** The counts of each status in {@code statuses}. */
    public static ReliableChangeShares of(List<ChangeStatus> statuses) {
        int improved = 0;
        int unchanged = 0;
        int deteriorated = 0;
        for (ChangeStatus status : statuses) {
            switch (status) {
                case IMPROVED: improved++; break;
                case NO_RELIABLE_CHANGE: unchanged++; break;
                case DETERIORATED: deteriorated++; break;
                default: throw new AssertionError(status);
            }
        }
        return new ReliableChangeShares(statuses.size(), improved, unchanged, deteriorated);
    }

    /** The percentage that improved reliably; empty for an empty group. */
    @JsonIgnore
    public OptionalDouble percentImproved() {
        return Percentages.of(improved, n);
    }

    /** The percentage with no reliable change; empty for an empty group. */
    @JsonIgnore
    public OptionalDouble percentUnchanged() {
        return Percentages.of(unchanged, n);
    }

    /** The percentage that deteriorated reliably; empty for an empty group. */
    @JsonIgnore
    public OptionalDouble percentDeteriorated() {
        return Percentages.of(deteriorated, n);
    }
}
