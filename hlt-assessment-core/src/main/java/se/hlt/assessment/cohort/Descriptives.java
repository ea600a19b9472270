package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.StatUtils;

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

    /** The descriptives of {@code values} (at least one). */
    static Descriptives of(double[] values) {
        OptionalDouble sd = values.length < 2 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.sqrt(StatUtils.variance(values)));
        return new Descriptives(values.length, StatUtils.mean(values), sd);
    }
}
