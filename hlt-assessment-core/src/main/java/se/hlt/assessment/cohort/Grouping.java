package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * The columns a cohort is grouped by, in the user's order, and the order of each column's values in a table:
 * the HLT age bands in age order ({@link AgeBands#columnValues()}), any other column alphabetically.
 *
 * @param columns the grouping columns, e.g. {@code area}, {@code ageband}; may be empty (one group: everyone)
 */
public record Grouping(List<String> columns) {

    /** The column derived from each child's age at baseline with {@link AgeBands#hlt()}. */
    public static final String AGEBAND = "ageband";
    /** The value shown for a grouping column that a total spans. */
    public static final String ALL = "(all)";

    /**
     * Checks and copies the columns, which must be distinct.
     *
     * @throws IllegalArgumentException if a column is named twice, or a name looks like a personal identity number
     *     (then named by the field only, never repeated)
     */
    public Grouping {
        columns = List.copyOf(columns);
        columns.forEach(column -> PersonalIdentityNumbers.requireNone(column, "columns"));
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("a column to group by is named twice: " + columns);
        }
    }

    /** How a table orders the values of column {@code c}. */
    public Comparator<String> order(int c) {
        if (!columns.get(c).equals(AGEBAND)) {
            return Comparator.naturalOrder();
        }
        List<String> bands = AgeBands.hlt().columnValues();
        return Comparator.<String>comparingInt(v -> bands.contains(v) ? bands.indexOf(v) : bands.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** How a table orders combinations of the first {@code count} columns' values: column by column. */
    Comparator<List<String>> orderOfFirst(int count) {
        Comparator<List<String>> order = (a, b) -> 0;
        for (int c = 0; c < count; c++) {
            int column = c;
            Comparator<String> byColumn = order(column);
            order = order.thenComparing((a, b) -> byColumn.compare(a.get(column), b.get(column)));
        }
        return order;
    }

    /** The values of a total that spans the columns from {@code from} on. */
    static List<String> withAll(List<String> values, int from) {
        List<String> out = new ArrayList<>(values.subList(0, from));
        while (out.size() < values.size()) {
            out.add(ALL);
        }
        return out;
    }

    /** Checks that {@code values} has one value per column. */
    void check(List<String> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("a group needs " + columns.size() + " values: " + values);
        }
    }
}
