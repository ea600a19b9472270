package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.ProblemKind;
import se.hlt.assessment.scoring.Texts;

/**
 * What is wrong with one CSV row, collected cell by cell and reported in column order: the columns joined by a
 * space, the reasons' codes joined by a space (one per reason, in the same order) and the reasons by {@code "; "},
 * as the errors file holds them. Reused from row to row; it allocates only for a row that has problems. Each
 * reason is kept as a code and a text still to be put in a language, so that the file can be written in the
 * user's.
 *
 * <p>Values are echoed only through {@link Problem#shown(String)}, so a name or an identity number typed into
 * the wrong cell never reaches the errors file. Reasons contain no {@code "; "} of their own.
 */
final class RowProblems {

    /** One bad cell (or, with column -1, the row as a whole): its code and its reason in a given language. */
    private record Entry(int position, String column, String code, Function<Locale, String> reason) {
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
        String shown = Problem.shown(rawValue);
        describe(kind); // a kind that is no cell's problem is a programming mistake, caught here and not at writing
        entries.add(new Entry(position, column, kind.code(), locale -> Texts.format("error.cell", locale, column,
                shown, describe(kind).apply(locale), Texts.allowed(allowed, locale))));
    }

    /** The row has the wrong number of cells, so no cell can be trusted to be in its column. */
    void spansLines(CsvRow record) {
        spansLines(record.firstLine(), record.lastLine());
    }

    void spansLines(long first, long last) {
        entries.add(new Entry(-1, "", ErrorTexts.SPANS_LINES, locale -> ErrorTexts.spansLines(first, last, locale)));
    }

    void wrongCellCount(int cells, int expected) {
        entries.add(new Entry(-1, "", ProblemKind.WRONG_CELL_COUNT.code(),
                locale -> ErrorTexts.wrongCellCount(cells, expected, locale)));
    }

    /** The columns, in row order, joined by a space. */
    String columns() {
        entries.sort(IN_COLUMN_ORDER);
        return entries.stream().map(Entry::column).filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
    }

    /** The reasons' codes, in row order, joined by a space: the n-th code is that of the n-th reason. */
    String codes() {
        entries.sort(IN_COLUMN_ORDER);
        return entries.stream().map(Entry::code).collect(Collectors.joining(" "));
    }

    /** The reasons in {@code locale}, in row order, joined by {@code "; "}. */
    String reasons(Locale locale) {
        entries.sort(IN_COLUMN_ORDER);
        return entries.stream().map(e -> e.reason().apply(locale)).collect(Collectors.joining("; "));
    }

    private static Function<Locale, String> describe(ProblemKind kind) {
        switch (kind) {
            case CODE_NOT_ALLOWED:
            case NOT_A_WHOLE_NUMBER:
            case BAD_VALUE:
                return locale -> Texts.format("cell." + kind.code(), locale);
            default: throw new IllegalArgumentException("not a cell problem: " + kind);
        }
    }
}
