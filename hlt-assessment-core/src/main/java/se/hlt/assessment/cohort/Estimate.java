package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * A statistic and, where it can be computed, its 95% confidence interval.
 *
 * @param value the statistic
 * @param ci95 its 95% confidence interval; empty when it cannot be computed (the result says why)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Estimate(double value, Optional<ConfidenceInterval> ci95) {

    /** Checks that the value is finite and normalises an absent interval. */
    public Estimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an estimate must be a finite number: " + value);
        }
        ci95 = ci95 == null ? Optional.empty() : ci95;
    }

    /** A value with its interval. */
    static Estimate of(double value, ConfidenceInterval ci95) {
        return new Estimate(value, Optional.of(ci95));
    }

    /** A value without an interval. */
    static Estimate alone(double value) {
        return new Estimate(value, Optional.empty());
    }
}
