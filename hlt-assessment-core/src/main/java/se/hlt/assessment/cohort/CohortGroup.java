package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * One group of a cohort report, a cell or a total of its table, with its figures, or, hidden, with none: a
 * hidden group carries no number at all, so no output can show one.
 *
 * @param values the group's value of each grouping column, {@value Grouping#ALL} where a total spans it
 * @param level a cell or which total
 * @param status shown, or hidden and why
 * @param pairs the number of pairs in the group, when shown
 * @param percentOfAll the group's pairs as a percentage of all pairs, when both counts are shown
 * @param percentOfRow the group's pairs as a percentage of its row's (the same values of every grouping column
 *     but the last), for a cell, when both counts are shown
 * @param scales the figures of each score, when shown
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CohortGroup(List<String> values, GroupLevel level, CellStatus status, OptionalInt pairs,
                          OptionalDouble percentOfAll, OptionalDouble percentOfRow, List<ScaleFigures> scales) {

    /**
     * Checks the parts, and that a hidden group carries no figures.
     *
     * @throws IllegalArgumentException if a value looks like a personal identity number (named, never repeated):
     *     a group value is printed in every table
     */
    public CohortGroup {
        values = List.copyOf(values);
        values.forEach(value -> PersonalIdentityNumbers.requireNone(value, "values"));
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        scales = List.copyOf(scales);
        if (status.isHidden() && (pairs.isPresent() || percentOfAll.isPresent() || percentOfRow.isPresent()
                || !scales.isEmpty())) {
            throw new IllegalArgumentException("a hidden group must carry no figures");
        }
    }

    /** A hidden group: its values and why it is hidden, nothing else. */
    static CohortGroup hidden(List<String> values, GroupLevel level) {
        return new CohortGroup(values, level, CellStatus.HIDDEN, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), List.of());
    }
}
