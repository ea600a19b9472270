package se.hlt.assessment.cohort;

import java.util.Objects;
import se.hlt.assessment.instrument.Direction;

/**
 * One score whose change a cohort report shows, as its pairs file names it.
 *
 * @param name the score's column name, e.g. {@code pemotion}
 * @param instrument the instrument family it belongs to, e.g. {@code sdq}
 * @param informant who rated it, e.g. {@code parent}: each informant's pairs are reported on their own
 * @param direction which way along the score is good for the child
 * @param addedValue whether the pairs' Added Value Scores are summarised with this score (the model's outcome,
 *     total difficulties)
 * @param divisor what a tallied score is divided by to give the score: 1 for whole scores (the SDQ), 10 for
 *     scores read to one decimal (the ORS), which are tallied in tenths
 */
public record CohortScale(String name, String instrument, String informant, Direction direction,
                          boolean addedValue, int divisor) {

    /** Checks every part. */
    public CohortScale {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(direction, "direction");
        if (divisor < 1) {
            throw new IllegalArgumentException("the divisor must be 1 or more: " + divisor);
        }
    }

    /** A parent SDQ score, for tests and examples. */
    static CohortScale sdqParent(String name, Direction direction) {
        return new CohortScale(name, "sdq", "parent", direction, false, 1);
    }
}
