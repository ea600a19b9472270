package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The audit's bounds are what an intruder with unlimited patience gets: on small tables with a random pattern of
 * hidden counts, every completion of the hidden cells in whole numbers is tried, and the smallest and largest
 * value of each hidden count among those that agree with everything shown are the linear programme's. And a
 * suppressed table passes its own audit: no hidden count is narrowed to fewer than the minimum.
 */
class DisclosureAuditProperties {

    @Property(tries = 300)
    void boundsAreThoseOfBruteForce(@ForAll("smallTables") CountTable table, @ForAll("patterns") List<Boolean> coin) {
        assertBruteForceBounds(table, coin);
    }

    /**
     * Every pattern of hidden counts of the table on which a cap of the grand total + 2 once failed the brute force:
     * with the grand total hidden, a count is bounded at 6 there.
     */
    @Example
    void everyPatternOfOneTableHasTheBruteForceBounds() {
        CountTable table = CountTable.of(List.of("r0", "r1"), List.of("c0", "c1"), new int[][] {{3, 0}, {0, 0}},
                Margins.BOTH);
        for (int pattern = 0; pattern < 1 << 9; pattern++) {
            List<Boolean> coin = new ArrayList<>();
            for (int bit = 0; bit < 9; bit++) {
                coin.add((pattern >> bit & 1) == 1);
            }
            assertBruteForceBounds(table, coin);
        }
    }

    private static void assertBruteForceBounds(CountTable table, List<Boolean> coin) {
        SuppressionGrid grid = SuppressionGrid.of(List.of(table));
        int i = 0;
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                grid.hidden[r][c] = grid.displayed[r][c] && coin.get(i++ % coin.size());
            }
        }
        List<int[]> hidden = DisclosureAudit.hiddenPositions(grid);
        DisclosureAudit.Bounds[] bounds = DisclosureAudit.bounds(grid, 0, hidden);
        // a bounded count is a sum and difference of shown counts, so none reaches past the sum of all shown (the
        // grand total alone is too low a cap once it is hidden itself: [[3, 0], [0, 0]] has a count bounded at 6)
        long cap = shownSum(grid) + 2;
        long[][] seen = bruteForce(grid, hidden, cap);
        for (int h = 0; h < hidden.size(); h++) {
            String where = "position " + hidden.get(h)[0] + "," + hidden.get(h)[1] + " of " + table;
            assertEquals(seen[h][0], bounds[h].lower(), "lowest, " + where);
            if (bounds[h].upper().isPresent()) {
                assertEquals(seen[h][1], bounds[h].upper().getAsLong(), "highest, " + where);
            } else {
                assertEquals(cap, seen[h][1], "unbounded, so brute force reaches its cap: " + where);
            }
        }
    }

    @Property(tries = 150)
    void aSuppressedTablePassesItsAudit(@ForAll("layers") List<CountTable> tables,
                                        @ForAll @IntRange(min = 1, max = 8) int minimum) {
        SuppressedTable result = SmallCellSuppression.apply(tables, minimum);
        SuppressionGrid grid = SuppressionGrid.of(tables);
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                grid.hidden[r][c] = grid.displayed[r][c] && status(result, grid, r, c).isHidden();
            }
        }
        assertTrue(DisclosureAudit.firstNarrow(grid, minimum).isEmpty(), () -> "narrowed in " + tables);
        assertTrue(SmallCellSuppression.flaw(grid.counts, tables.get(0).margins(), grid.hidden, minimum).isEmpty());
    }

    private static CellStatus status(SuppressedTable t, SuppressionGrid grid, int r, int c) {
        if (r < grid.rows && c < grid.columns) {
            return t.cell(r, c);
        }
        if (r < grid.rows) {
            return t.rowTotals().get(r);
        }
        return c < grid.columns ? t.columnTotals().get(c) : t.grandTotal().orElseThrow();
    }

    private static long shownSum(SuppressionGrid grid) {
        long sum = 0;
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                sum += grid.displayed[r][c] && !grid.hidden[r][c] ? grid.counts[0][r][c] : 0;
            }
        }
        return sum;
    }

    /** [hidden][0 lowest, 1 highest] over every whole completion of the hidden cells up to {@code cap}. */
    private static long[][] bruteForce(SuppressionGrid grid, List<int[]> hidden, long cap) {
        List<int[]> free = new ArrayList<>();
        for (int[] p : hidden) {
            if (!grid.isTotal(p)) {
                free.add(p);
            }
        }
        long[][] seen = new long[hidden.size()][];
        for (int h = 0; h < hidden.size(); h++) {
            seen[h] = new long[] {Long.MAX_VALUE, Long.MIN_VALUE};
        }
        long[][] cells = new long[grid.rows][grid.columns];
        for (int r = 0; r < grid.rows; r++) {
            for (int c = 0; c < grid.columns; c++) {
                cells[r][c] = grid.counts[0][r][c];
            }
        }
        int[] values = new int[free.size()];
        while (true) {
            for (int f = 0; f < free.size(); f++) {
                cells[free.get(f)[0]][free.get(f)[1]] = values[f];
            }
            long[][] full = withTotals(cells, grid.rows, grid.columns);
            if (agrees(grid, full)) {
                for (int h = 0; h < hidden.size(); h++) {
                    long v = Math.min(cap, full[hidden.get(h)[0]][hidden.get(h)[1]]);
                    seen[h][0] = Math.min(seen[h][0], v);
                    seen[h][1] = Math.max(seen[h][1], v);
                }
            }
            int f = 0;
            while (f < values.length && values[f] == cap) {
                values[f++] = 0;
            }
            if (f == values.length) {
                return seen;
            }
            values[f]++;
        }
    }

    private static long[][] withTotals(long[][] cells, int rows, int columns) {
        long[][] full = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = cells[r][c];
                full[r][columns] += cells[r][c];
                full[rows][c] += cells[r][c];
                full[rows][columns] += cells[r][c];
            }
        }
        return full;
    }

    /** Whether a completion shows what the table shows, at every displayed position that is not hidden. */
    private static boolean agrees(SuppressionGrid grid, long[][] full) {
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                if (grid.displayed[r][c] && !grid.hidden[r][c] && full[r][c] != grid.counts[0][r][c]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Provide
    Arbitrary<CountTable> smallTables() {
        return table(Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(0, 4));
    }

    @Provide
    Arbitrary<List<Boolean>> patterns() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(9);
    }

    /** The pairs of each cell, and the pairs with a score: never more. */
    @Provide
    Arbitrary<List<CountTable>> layers() {
        return table(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 6)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(7, 30))))
                .flatMap(pairs -> Arbitraries.integers().between(0, 3).list().ofSize(pairs.rows() * pairs.columns())
                        .map(less -> List.of(pairs, fewer(pairs, less))));
    }

    private static CountTable fewer(CountTable pairs, List<Integer> less) {
        int[][] counts = new int[pairs.rows()][pairs.columns()];
        for (int r = 0; r < pairs.rows(); r++) {
            for (int c = 0; c < pairs.columns(); c++) {
                counts[r][c] = Math.max(0, pairs.count(r, c) - less.get(r * pairs.columns() + c));
            }
        }
        return CountTable.of(pairs.rowLabels(), pairs.columnLabels(), counts, pairs.margins());
    }

    private static Arbitrary<CountTable> table(Arbitrary<Integer> rows, Arbitrary<Integer> columns,
                                               Arbitrary<Integer> count) {
        return Combinators.combine(rows, columns, Arbitraries.of(Margins.class)).flatAs((r, c, margins) ->
                count.list().ofSize(r * c).map(flat -> {
                    int[][] counts = new int[r][c];
                    for (int i = 0; i < flat.size(); i++) {
                        counts[i / c][i % c] = flat.get(i);
                    }
                    List<String> rowLabels = new ArrayList<>();
                    List<String> columnLabels = new ArrayList<>();
                    for (int i = 0; i < r; i++) {
                        rowLabels.add("r" + i);
                    }
                    for (int i = 0; i < c; i++) {
                        columnLabels.add("c" + i);
                    }
                    return CountTable.of(rowLabels, columnLabels, counts, margins);
                }));
    }
}
