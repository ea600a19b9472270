package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Small-cell suppression on tables worked through by hand. */
class SmallCellSuppressionTest {

    private static final CellStatus S = CellStatus.SHOWN;
    private static final CellStatus P = CellStatus.HIDDEN;
    private static final CellStatus X = CellStatus.HIDDEN;

    /**
     * Areas by age band with all totals, minimum 5:
     * <pre>
     *              0-5  6-12  13-16 | total
     * Södra L.       2     7      6 |   15
     * Umeå          12    20      9 |   41
     * Skellefteå     8    11      3 |   22
     * total         22    38     18 |   78
     * </pre>
     * 2 and 3 are below 5. Row 1 would give the 2 away as 15 - 7 - 6, so its smallest other cell, 6, is hidden
     * too; row 3 likewise hides 8. Columns 1 and 3 then each hold two hidden cells, and the four hidden cells
     * form a rectangle that no single row or column can resolve.
     */
    @Test
    void aCountyTableHidesARectangle() {
        CountTable table = CountTable.of(List.of("Södra Lappland", "Umeå", "Skellefteå"),
                List.of("0-5", "6-12", "13-16"), new int[][] {{2, 7, 6}, {12, 20, 9}, {8, 11, 3}}, Margins.BOTH);
        SuppressedTable result = SmallCellSuppression.apply(table);
        assertEquals(List.of(List.of(P, S, X), List.of(S, S, S), List.of(X, S, P)), result.cells());
        assertEquals(List.of(S, S, S), result.rowTotals());
        assertEquals(List.of(S, S, S), result.columnTotals());
        assertEquals(Optional.of(S), result.grandTotal());
        assertEquals(4, result.hiddenCount());
        assertEquals(OptionalInt.empty(), result.shownCount(0, 0));
        assertEquals(OptionalInt.of(7), result.shownCount(0, 1));
        assertEquals(OptionalInt.of(15), result.shownRowTotal(0));
        assertEquals(OptionalInt.of(78), result.shownGrandTotal());
        assertEquals("4 counts are hidden: counts below 5, and others so that no hidden count can be worked out "
                + "from what is shown.", result.note().en());
        assertEquals("4 antal är dolda: antal under 5, och fler så att inget dolt antal kan räknas fram ur det som "
                + "visas.", result.note().sv());
    }

    /**
     * One column with row totals: 3, 12, 20. The 3 is hidden, and so is its row total (also 3). The row totals
     * then sum to the grand total 35 with one of them hidden, so the smallest other, 12, is hidden; that leaves
     * row 2 with a hidden total and a shown cell equal to it, so the cell 12 is hidden too.
     */
    @Test
    void totalsAreCountsToo() {
        CountTable table = CountTable.of(List.of("a", "b", "c"), List.of("n"), new int[][] {{3}, {12}, {20}},
                Margins.ROW_TOTALS);
        SuppressedTable result = SmallCellSuppression.apply(table);
        assertEquals(List.of(List.of(P), List.of(X), List.of(S)), result.cells());
        assertEquals(List.of(P, X, S), result.rowTotals());
        assertEquals(List.of(), result.columnTotals());
        assertEquals(Optional.of(S), result.grandTotal());
    }

    @Test
    void withoutTotalsOnlyTheSmallCellsAreHidden() {
        CountTable table = CountTable.of(List.of("a", "b"), List.of("x", "y"), new int[][] {{4, 9}, {10, 11}},
                Margins.NONE);
        SuppressedTable result = SmallCellSuppression.apply(table);
        assertEquals(List.of(List.of(P, S), List.of(S, S)), result.cells());
        assertEquals(Optional.empty(), result.grandTotal());
        assertEquals("1 count is hidden: counts below 5, and others so that no hidden count can be worked out "
                + "from what is shown.", result.note().en());
    }

    @Test
    void zeroIsBelowTheMinimumToo() {
        CountTable table = CountTable.of(List.of("a"), List.of("x", "y", "z"), new int[][] {{0, 9, 12}},
                Margins.ROW_TOTALS);
        SuppressedTable result = SmallCellSuppression.apply(table);
        assertEquals(List.of(List.of(P, X, S)), result.cells());
    }

    @Test
    void theMinimumIsConfigurable() {
        CountTable table = CountTable.of(List.of("a"), List.of("x", "y", "z"), new int[][] {{8, 9, 12}},
                Margins.ROW_TOTALS);
        assertEquals(0, SmallCellSuppression.apply(table).hiddenCount());
        SuppressedTable strict = SmallCellSuppression.apply(table, 10);
        assertEquals(List.of(List.of(P, P, S)), strict.cells());
        assertEquals(10, strict.minimum());
    }

    @Test
    void aTableWithoutSmallCountsSaysSo() {
        CountTable table = CountTable.of(List.of("a"), List.of("x"), new int[][] {{8}}, Margins.BOTH);
        SuppressedTable result = SmallCellSuppression.apply(table);
        assertEquals(0, result.hiddenCount());
        assertTrue(result.note().en().startsWith("No count is hidden"));
        assertEquals("Inget antal är dolt: alla antal är minst 5.", result.note().sv());
    }
}
