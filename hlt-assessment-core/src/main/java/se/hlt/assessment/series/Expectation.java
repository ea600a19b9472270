package se.hlt.assessment.series;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where the user's expected treatment response puts a session, and whether the total is on track.
 *
 * @param expected the expected total at this session, for this intake total
 * @param lower the lower bound: a total below it is below expected
 * @param onTrack whether the total is at or above {@code lower}
 */
public record Expectation(BigDecimal expected, BigDecimal lower, boolean onTrack) {

    /** Checks the required parts. */
    public Expectation {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(lower, "lower");
    }
}
