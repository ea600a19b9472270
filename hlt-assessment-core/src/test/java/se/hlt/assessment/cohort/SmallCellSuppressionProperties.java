package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Small-cell suppression on random tables, checked from the outside: an intruder who sees the published table
 * (the shown counts and totals) tries to recover each hidden count from one row or one column, by subtracting
 * the shown cells from a shown total, or by adding up shown cells to a hidden total.
 */
class SmallCellSuppressionProperties {

    @Property
    void noHiddenCountCanBeRecoveredFromOneRowOrColumn(@ForAll("tables") CountTable table,
                                                       @ForAll @IntRange(min = 1, max = 10) int minimum) {
        SuppressedTable result = SmallCellSuppression.apply(table, minimum);
        for (Line line : lines(result)) {
            long unknown = line.values().stream().filter(OptionalInt::isEmpty).count();
            assertTrue(unknown != 1, () -> line.name() + " leaves exactly one count hidden: " + line.values());
        }
    }

    @Property
    void noShownCountIsBelowTheMinimum(@ForAll("tables") CountTable table,
                                       @ForAll @IntRange(min = 1, max = 10) int minimum) {
        SuppressedTable result = SmallCellSuppression.apply(table, minimum);
        for (Line line : lines(result)) {
            line.values().forEach(v -> v.ifPresent(n -> assertTrue(n >= minimum, line.name() + " shows " + n)));
        }
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                OptionalInt shown = result.shownCount(r, c);
                shown.ifPresent(n -> assertTrue(n >= minimum));
            }
        }
    }

    @Property
    void everyCellBelowTheMinimumIsHidden(@ForAll("tables") CountTable table,
                                          @ForAll @IntRange(min = 1, max = 10) int minimum) {
        SuppressedTable result = SmallCellSuppression.apply(table, minimum);
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                if (table.count(r, c) < minimum) {
                    assertEquals(CellStatus.HIDDEN, result.cell(r, c));
                }
            }
        }
    }

    @Property
    void aTableWithoutSmallCountsIsShownWhole(@ForAll("tablesWithoutZeros") CountTable table) {
        int smallest = table.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).min().orElseThrow();
        SuppressedTable result = SmallCellSuppression.apply(table, smallest);
        assertEquals(0, result.hiddenCount());
        assertTrue(result.note().en().startsWith("No count is hidden"));
    }

    /** One row or column of the published table as the intruder sees it: the cells, then the total. */
    record Line(String name, List<OptionalInt> values) {
    }

    /** Every row and column of the published table that has a shown total to check against. */
    private static List<Line> lines(SuppressedTable result) {
        CountTable table = result.table();
        List<Line> lines = new ArrayList<>();
        if (table.margins().rowTotals()) {
            for (int r = 0; r < table.rows(); r++) {
                List<OptionalInt> values = new ArrayList<>();
                for (int c = 0; c < table.columns(); c++) {
                    values.add(result.shownCount(r, c));
                }
                values.add(result.shownRowTotal(r));
                lines.add(new Line("row " + r, values));
            }
            List<OptionalInt> totals = new ArrayList<>();
            for (int r = 0; r < table.rows(); r++) {
                totals.add(result.shownRowTotal(r));
            }
            totals.add(result.shownGrandTotal());
            lines.add(new Line("the row totals", totals));
        }
        if (table.margins().columnTotals()) {
            for (int c = 0; c < table.columns(); c++) {
                List<OptionalInt> values = new ArrayList<>();
                for (int r = 0; r < table.rows(); r++) {
                    values.add(result.shownCount(r, c));
                }
                values.add(result.shownColumnTotal(c));
                lines.add(new Line("column " + c, values));
            }
            List<OptionalInt> totals = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                totals.add(result.shownColumnTotal(c));
            }
            totals.add(result.shownGrandTotal());
            lines.add(new Line("the column totals", totals));
        }
        return lines;
    }

    @Provide
    Arbitrary<CountTable> tables() {
        // mostly small counts, so that most tables need suppression, some of it complementary
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 6)),
                Tuple.of(2, Arbitraries.integers().between(7, 60)));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6),
                Arbitraries.of(Margins.class)).flatAs((rows, columns, margins) ->
                count.list().ofSize(rows * columns).map(flat -> table(rows, columns, flat, margins)));
    }

    @Provide
    Arbitrary<CountTable> tablesWithoutZeros() {
        return tables().map(t -> new CountTable(t.rowLabels(), t.columnLabels(),
                t.counts().stream().map(row -> row.stream().map(n -> n + 1).toList()).toList(), t.margins()));
    }

    private static CountTable table(int rows, int columns, List<Integer> flat, Margins margins) {
        List<String> rowLabels = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowLabels.add("r" + r);
            counts.add(flat.subList(r * columns, (r + 1) * columns));
        }
        for (int c = 0; c < columns; c++) {
            columnLabels.add("c" + c);
        }
        return new CountTable(rowLabels, columnLabels, counts, margins);
    }
}
