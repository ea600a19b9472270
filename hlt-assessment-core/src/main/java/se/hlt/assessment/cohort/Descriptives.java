package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.OptionalDouble;

/**
 * The number, mean and SD of a set of scores.
 *
 * @param n how many scores
 * @param mean their mean
 * @param sd their sample standard deviation (n &minus; 1 in the denominator); empty for a single score
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Descriptives(int n, double mean, OptionalDouble sd) {

    /** Checks that there is at least one score and normalises an absent SD. */
    public Descriptives {
        if (n < 1) {
            throw new IllegalArgumentException("descriptives need at least one score: " + n);
        }
        sd = sd == null ? OptionalDouble.empty() : sd;
    }

    /** The descriptives of {@code n} values (at least one) spread as {@code spread} says. */
    static Descriptives of(int n, PairSample.Spread spread) {
        return new Descriptives(n, spread.mean(), n < 2 ? OptionalDouble.empty() : OptionalDouble.of(spread.sd()));
    }
}
