package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.ProblemKind;

/**
 * What is wrong with one CSV row, collected cell by cell and reported in column order: the columns joined by a
 * space and the reasons by {@code "; "}, as the errors file holds them. Reused from row to row; it allocates
 * only for a row that has problems.
 *
 * <p>Values are echoed only through {@link Problem#shown(String)}, so a name or an identity number typed into
 * the wrong cell never reaches the errors file. Reasons contain no {@code "; "} of their own.
 */
final class RowProblems {

    /** One bad cell (or, with column -1, the row as a whole). */
    private record Entry(int position, String column, String reason) {
    }

    private static final Comparator<Entry> IN_COLUMN_ORDER = Comparator.comparingInt(Entry::position);

    private final List<Entry> entries = new ArrayList<>();

    /** Forgets the previous row's problems. */
    void clear() {
        entries.clear();
    }

    /** Whether the row has any problem. */
    boolean any() {
        return !entries.isEmpty();
    }

    /**
     * A cell's value is wrong, e.g. {@code pconsid: "3" is not an allowed code (allowed: 0, 1, 2 or empty)}.
     *
     * @param position the cell's position in the row
     * @param column the column's name
     */
    void add(int position, String column, ProblemKind kind, String rawValue, String allowed) {
        Problem problem = Problem.of(column, kind, rawValue, allowed);
        String reason = column + ": " + problem.value().orElse("") + " " + describe(kind) + " (allowed: " + allowed
                + ")";
        entries.add(new Entry(position, column, reason));
    }

    /** The row has the wrong number of cells, so no cell can be trusted to be in its column. */
    void spansLines(CsvRow record) {
        entries.add(new Entry(-1, "", record.spanReason()));
    }

    void spansLines(long first, long last) {
        entries.add(new Entry(-1, "", CsvRow.spanReason(first, last)));
    }

    void wrongCellCount(int cells, int expected) {
        entries.add(new Entry(-1, "", "the row has " + cells + (cells == 1 ? " cell" : " cells") + ", the header "
                + expected));
    }

    /** The columns, in row order, joined by a space. */
    String columns() {
        entries.sort(IN_COLUMN_ORDER);
        return entries.stream().map(Entry::column).filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The reasons, in row order, joined by {@code "; "}. */
    String reasons() {
        entries.sort(IN_COLUMN_ORDER);
        return entries.stream().map(Entry::reason).collect(Collectors.joining("; "));
    }

    private static String describe(ProblemKind kind) {
        switch (kind) {
            case CODE_NOT_ALLOWED: return "is not an allowed code";
            case NOT_A_WHOLE_NUMBER: return "is not a whole number";
            case BAD_VALUE: return "cannot be read";
            default: throw new IllegalArgumentException("not a cell problem: " + kind);
        }
    }
}
