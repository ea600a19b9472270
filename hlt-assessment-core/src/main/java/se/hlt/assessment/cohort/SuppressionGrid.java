package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * One table's counts laid out as the published grid of (rows + 1) &times; (columns + 1) positions: the cells,
 * the row totals in the last column, the column totals in the last row, the grand total in the corner. It holds
 * one layer of counts per thing counted (the pairs, and the pairs with each score), which share one pattern of
 * hidden positions, and the equations the shown totals make: each row's cells add up to its total, the row
 * totals to the grand total, and likewise for columns.
 *
 * <p>A position is displayed when the table shows it at all (a total only with its margins); only displayed
 * positions can be hidden or shown, and only displayed totals make equations.
 */
final class SuppressionGrid {

    final int rows;
    final int columns;
    /** [layer][row][column]: the counts, the first layer counting every pair, the others some of them. */
    final long[][][] counts;
    final boolean[][] displayed;
    final boolean[][] hidden;
    /** Each equation: its positions as {row, column}, the total last. */
    final List<int[][]> equations = new ArrayList<>();

    /** The grid of {@code tables}, all of one shape and margins, with nothing hidden yet. */
    static SuppressionGrid of(List<CountTable> tables) {
        CountTable first = tables.get(0);
        int rows = first.rows();
        int columns = first.columns();
        long[][][] counts = new long[tables.size()][rows + 1][columns + 1];
        for (int layer = 0; layer < tables.size(); layer++) {
            CountTable table = tables.get(layer);
            if (table.rows() != rows || table.columns() != columns || table.margins() != first.margins()) {
                throw new IllegalArgumentException("the tables of one grid must have one shape and margins");
            }
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    counts[layer][r][c] = r < rows && c < columns ? table.count(r, c)
                            : r < rows ? table.rowTotal(r)
                            : c < columns ? table.columnTotal(c)
                            : table.grandTotal();
                }
            }
        }
        return new SuppressionGrid(counts, first.margins());
    }

    /**
     * The grid of these counts, [layer][row][column] with the totals last, as a published table gives them (a
     * total need not be the sum of its cells here: a table read back from a file is checked, not trusted).
     */
    SuppressionGrid(long[][][] counts, Margins margins) {
        this.rows = counts[0].length - 1;
        this.columns = counts[0][0].length - 1;
        this.counts = counts;
        this.displayed = new boolean[rows + 1][columns + 1];
        this.hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                displayed[r][c] = r < rows && c < columns
                        || r < rows && margins.rowTotals()
                        || c < columns && margins.columnTotals()
                        || r == rows && c == columns && margins != Margins.NONE;
            }
        }
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

    int layers() {
        return counts.length;
    }

    boolean isTotal(int[] p) {
        return p[0] == rows || p[1] == columns;
    }

    /** Hides every displayed position with a count below {@code minimum} in any layer (0 included). */
    void hideBelow(int minimum) {
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                for (long[][] layer : counts) {
                    if (displayed[r][c] && layer[r][c] < minimum) {
                        hidden[r][c] = true;
                    }
                }
            }
        }
    }

    /**
     * In every equation with exactly one hidden position (which the others would give away), hides one more: the
     * smallest shown cell, or the total if no cell is shown; until no equation has exactly one.
     */
    void hideComplementsUntilStable() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] equation : equations) {
                if (hiddenIn(equation) == 1) {
                    int[] next = smallestShownPart(equation).orElse(equation[equation.length - 1]);
                    hidden[next[0]][next[1]] = true;
                    changed = true;
                }
            }
        }
    }

    int hiddenIn(int[][] equation) {
        int n = 0;
        for (int[] p : equation) {
            if (hidden[p[0]][p[1]]) {
                n++;
            }
        }
        return n;
    }

    /** The shown part of {@code equation} (a position that adds up to its total) with the smallest count. */
    private java.util.Optional<int[]> smallestShownPart(int[][] equation) {
        int[] best = null;
        for (int i = 0; i < equation.length - 1; i++) {
            int[] p = equation[i];
            if (!hidden[p[0]][p[1]] && (best == null || smallest(p) < smallest(best))) {
                best = p;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The shown cell (not a total) of {@code equations} with the smallest count in any layer; the first of equals. */
    java.util.Optional<int[]> smallestShownCell(List<int[][]> among) {
        int[] best = null;
        for (int[][] equation : among) {
            for (int[] p : equation) {
                if (!isTotal(p) && !hidden[p[0]][p[1]] && (best == null || smallest(p) < smallest(best))) {
                    best = p;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The shown total of {@code among} with the smallest count. */
    java.util.Optional<int[]> smallestShownTotal(List<int[][]> among) {
        int[] best = null;
        for (int[][] equation : among) {
            int[] p = equation[equation.length - 1];
            if (!hidden[p[0]][p[1]] && (best == null || smallest(p) < smallest(best))) {
                best = p;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Whether the cells of {@code equation} add up to its total in every layer. */
    boolean addsUp(int[][] equation) {
        for (long[][] layer : counts) {
            long sum = 0;
            for (int i = 0; i < equation.length - 1; i++) {
                sum += layer[equation[i][0]][equation[i][1]];
            }
            int[] total = equation[equation.length - 1];
            if (sum != layer[total[0]][total[1]]) {
                return false;
            }
        }
        return true;
    }

    /** The equations position {@code p} is part of. */
    List<int[][]> equationsOf(int[] p) {
        List<int[][]> of = new ArrayList<>();
        for (int[][] equation : equations) {
            for (int[] q : equation) {
                if (q[0] == p[0] && q[1] == p[1]) {
                    of.add(equation);
                    break;
                }
            }
        }
        return of;
    }

    private long smallest(int[] p) {
        long min = Long.MAX_VALUE;
        for (long[][] layer : counts) {
            min = Math.min(min, layer[p[0]][p[1]]);
        }
        return min;
    }
}
