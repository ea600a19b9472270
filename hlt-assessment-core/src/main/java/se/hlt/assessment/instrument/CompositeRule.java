package se.hlt.assessment.instrument;

import java.util.List;
import java.util.Objects;

/**
 * A score that is the sum of other scores, each already rounded; missing when any part is missing (never
 * prorated across scales). The SDQ total difficulties score is one.
 *
 * @param name the score's short name, e.g. {@code ebdtot}
 * @param label the score's name in English and Swedish
 * @param sumOf the names of the scales it adds up
 * @param direction whether a higher score is worse or better
 */
public record CompositeRule(String name, Label label, List<String> sumOf, Direction direction) {

    /** Checks the required parts and copies the list of parts. */
    public CompositeRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        sumOf = List.copyOf(sumOf);
    }
}
