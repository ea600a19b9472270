package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A score that is the sum of other scores, each already rounded; missing when any part is missing (never
 * prorated across scales). The SDQ total difficulties score is one, and so is the ORS total.
 *
 * <p>Some paper records keep only a total. When {@code givenAs} names a question, a form may answer that question
 * instead of the parts' items: the score then takes the given value, and the form is scored as total-only. A form
 * that gives both must give a total equal to the sum of complete parts.
 *
 * @param name the score's short name, e.g. {@code ebdtot}
 * @param label the score's name in English and Swedish
 * @param sumOf the names of the scales it adds up
 * @param direction whether a higher score is worse or better
 * @param givenAs the question in which a form may record this score directly, if the form may
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CompositeRule(String name, Label label, List<String> sumOf, Direction direction,
                            Optional<String> givenAs) {

    /** Checks the required parts, copies the list of parts and normalises an absent {@code givenAs}. */
    public CompositeRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        sumOf = List.copyOf(sumOf);
        givenAs = givenAs == null ? Optional.empty() : givenAs;
    }

    /** A composite that is always computed from its parts. */
    public CompositeRule(String name, Label label, List<String> sumOf, Direction direction) {
        this(name, label, sumOf, direction, Optional.empty());
    }
}
