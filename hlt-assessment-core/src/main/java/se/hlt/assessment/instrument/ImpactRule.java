package se.hlt.assessment.instrument;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An impact score: follow-on answers recoded and summed, behind a gate question.
 *
 * <p>As in the official SDQ syntax: each answered item is recoded with {@code recode}; a missing item counts as 0
 * when {@code missingCountsAsZero}; if every item is missing the score is missing; and if the {@link Gate gate}
 * says there are no difficulties, the score is 0.
 *
 * @param name the score's short name, e.g. {@code impact}
 * @param label the score's name in English and Swedish
 * @param items the names of the items summed
 * @param recode answer code &rarr; points (SDQ: 0&rarr;0, 1&rarr;0, 2&rarr;1, 3&rarr;2); every code of the items'
 *     response scale must be mapped
 * @param missingCountsAsZero whether an unanswered item adds 0 instead of making the score missing
 * @param gate the screening question in front of the items
 * @param direction whether a higher score is worse or better
 */
public record ImpactRule(String name, Label label, List<String> items, Map<Integer, Integer> recode,
                         boolean missingCountsAsZero, Gate gate, Direction direction) {

    /** Checks the required parts and copies the collections. */
    public ImpactRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(direction, "direction");
        items = List.copyOf(items);
        recode = Map.copyOf(recode);
    }
}
