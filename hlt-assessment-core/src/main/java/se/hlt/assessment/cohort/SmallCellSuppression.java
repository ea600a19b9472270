package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hides the counts of a table that could identify a child, before the table leaves the team
 * ({@code hlt-context.md}: every cell below a minimum count, default 5, is suppressed, and the output says so).
 *
 * <ol>
 *   <li><b>Primary</b>: every shown count below the minimum (0 included) is hidden, totals too: a total of 3
 *       is as telling as a cell of 3.</li>
 *   <li><b>Secondary</b> (complementary): a row with its total is an equation, cells + ... = total, and so is
 *       a column, the column of row totals (summing to the grand total) and the row of column totals. In an
 *       equation with exactly one hidden count, that count is the total minus the rest (or, for a hidden
 *       total, the sum of the rest). So in any such equation one more count is hidden: the smallest shown
 *       cell, or the total if no cell is left. This repeats over every row and column until no equation has
 *       exactly one hidden count.</li>
 * </ol>
 *
 * <p>What this guarantees: no shown count is below the minimum, and no hidden count can be worked out from its
 * own row or column. What it does not: it is not a full audit against an intruder who combines several rows
 * and columns at once (as tau-Argus does by linear programming). Such combinations can narrow a hidden count
 * and, in some patterns of a larger table, pin it down; for the small tables of an HLT follow-up, the rule
 * above is the one the county asks for.
 */
public final class SmallCellSuppression {

    /** The minimum count shown unless another is configured ({@code hlt-context.md}). */
    public static final int DEFAULT_MINIMUM = 5;

    private SmallCellSuppression() {
    }

    /** The table with counts below {@value #DEFAULT_MINIMUM} hidden, and those that would reveal them. */
    public static SuppressedTable apply(CountTable table) {
        return apply(table, DEFAULT_MINIMUM);
    }

    /**
     * The table with counts below {@code minimum} hidden, and those that would reveal them.
     *
     * @throws IllegalArgumentException if the minimum is below 1
     */
    public static SuppressedTable apply(CountTable table, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count must be 1 or more: " + minimum);
        }
        Grid grid = new Grid(table);
        grid.hidePrimary(minimum);
        grid.hideSecondaryUntilStable();
        return grid.result(minimum);
    }

    /**
     * The table with its shown totals as one grid of (rows + 1) &times; (columns + 1) counts: the last column
     * holds the row totals, the last row the column totals, the corner the grand total.
     */
    private static final class Grid {
        private final CountTable table;
        private final int rows;
        private final int columns;
        private final int[][] counts;
        private final boolean[][] shown;
        private final CellStatus[][] status;
        private final List<int[][]> equations = new ArrayList<>();

        Grid(CountTable table) {
            this.table = table;
            this.rows = table.rows();
            this.columns = table.columns();
            this.counts = new int[rows + 1][columns + 1];
            this.shown = new boolean[rows + 1][columns + 1];
            this.status = new CellStatus[rows + 1][columns + 1];
            Margins margins = table.margins();
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    counts[r][c] = r < rows && c < columns ? table.count(r, c)
                            : r < rows ? table.rowTotal(r)
                            : c < columns ? table.columnTotal(c)
                            : table.grandTotal();
                    shown[r][c] = r < rows && c < columns
                            || r < rows && margins.rowTotals()
                            || c < columns && margins.columnTotals()
                            || r == rows && c == columns && margins != Margins.NONE;
                    status[r][c] = CellStatus.SHOWN;
                }
            }
            // with row totals, each row sums to its total and the row totals to the grand total; likewise columns
            if (margins.rowTotals()) {
                for (int r = 0; r < rows; r++) {
                    equations.add(row(r));
                }
                equations.add(column(columns));
            }
            if (margins.columnTotals()) {
                for (int c = 0; c < columns; c++) {
                    equations.add(column(c));
                }
                equations.add(row(rows));
            }
        }

        /** Row {@code r} of the grid as an equation: its cells, then its total (last). */
        private int[][] row(int r) {
            int[][] positions = new int[columns + 1][];
            for (int c = 0; c <= columns; c++) {
                positions[c] = new int[] {r, c};
            }
            return positions;
        }

        /** Column {@code c} of the grid as an equation: its cells, then its total (last). */
        private int[][] column(int c) {
            int[][] positions = new int[rows + 1][];
            for (int r = 0; r <= rows; r++) {
                positions[r] = new int[] {r, c};
            }
            return positions;
        }

        void hidePrimary(int minimum) {
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (shown[r][c] && counts[r][c] < minimum) {
                        status[r][c] = CellStatus.PRIMARY;
                    }
                }
            }
        }

        void hideSecondaryUntilStable() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[][] equation : equations) {
                    if (hiddenIn(equation) == 1) {
                        int[] next = complement(equation);
                        status[next[0]][next[1]] = CellStatus.SECONDARY;
                        changed = true;
                    }
                }
            }
        }

        private int hiddenIn(int[][] equation) {
            int hidden = 0;
            for (int[] p : equation) {
                if (status[p[0]][p[1]].isHidden()) {
                    hidden++;
                }
            }
            return hidden;
        }

        /** The smallest shown cell of the equation (the first of equals), or its total when no cell is shown. */
        private int[] complement(int[][] equation) {
            int[] best = null;
            for (int i = 0; i < equation.length - 1; i++) {
                int[] p = equation[i];
                if (!status[p[0]][p[1]].isHidden() && (best == null || counts[p[0]][p[1]] < counts[best[0]][best[1]])) {
                    best = p;
                }
            }
            return best != null ? best : equation[equation.length - 1];
        }

        SuppressedTable result(int minimum) {
            List<List<CellStatus>> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                cells.add(List.of(status[r]).subList(0, columns));
            }
            List<CellStatus> rowTotals = new ArrayList<>();
            List<CellStatus> columnTotals = new ArrayList<>();
            if (table.margins().rowTotals()) {
                for (int r = 0; r < rows; r++) {
                    rowTotals.add(status[r][columns]);
                }
            }
            if (table.margins().columnTotals()) {
                for (int c = 0; c < columns; c++) {
                    columnTotals.add(status[rows][c]);
                }
            }
            Optional<CellStatus> grand = table.margins() == Margins.NONE ? Optional.empty()
                    : Optional.of(status[rows][columns]);
            return new SuppressedTable(table, minimum, cells, rowTotals, columnTotals, grand);
        }
    }
}
