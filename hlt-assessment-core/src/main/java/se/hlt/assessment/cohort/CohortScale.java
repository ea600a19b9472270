package se.hlt.assessment.cohort;

import java.util.Objects;
import se.hlt.assessment.instrument.Direction;

/**
 * One score whose change a cohort report shows, as its pairs file names it.
 *
 * @param name the score's column name with the informant prefix, e.g. {@code pemotion}
 * @param direction which way along the score is good for the child
 * @param addedValue whether the pairs' Added Value Scores are summarised with this score (the model's outcome,
 *     total difficulties)
 */
public record CohortScale(String name, Direction direction, boolean addedValue) {

    /** Checks both parts. */
    public CohortScale {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
    }
}
