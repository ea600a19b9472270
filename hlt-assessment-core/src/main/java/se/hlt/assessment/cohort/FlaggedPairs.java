package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.OptionalInt;

/**
 * How many of a report's pairs carry a warning that matters for the group, such as a form whose age is outside
 * its instrument version's ages: the count where it may leave the team (0, or the minimum or more), or only that
 * there are fewer than the minimum, as any small count of children is not shown.
 *
 * @param count the number of pairs, when it may be shown
 * @param belowMinimum whether there are some, fewer than the minimum (then {@code count} is empty)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record FlaggedPairs(OptionalInt count, boolean belowMinimum) {

    /** Normalises an absent count (a file written before the count was) and checks the two agree. */
    public FlaggedPairs {
        count = count == null ? OptionalInt.empty() : count;
        if (belowMinimum && count.isPresent()) {
            throw new IllegalArgumentException("a count below the minimum is not shown");
        }
    }

    /** Nothing known: a report whose total is hidden, or one read from a file without the count. */
    public static FlaggedPairs unknown() {
        return new FlaggedPairs(OptionalInt.empty(), false);
    }

    /** The {@code count} pairs as a report with this {@code minimum} may show them. */
    public static FlaggedPairs of(int count, int minimum) {
        return count > 0 && count < minimum ? new FlaggedPairs(OptionalInt.empty(), true)
                : new FlaggedPairs(OptionalInt.of(count), false);
    }

    /** Whether there are any such pairs to say something about. */
    public boolean any() {
        return belowMinimum || count.orElse(0) > 0;
    }
}
