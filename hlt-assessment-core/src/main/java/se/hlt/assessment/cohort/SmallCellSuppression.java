package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hides the counts of a table that could identify a child, before the table leaves the team
 * ({@code hlt-context.md}: every cell below a minimum count, default 5, is suppressed, and the output says so).
 *
 * <ol>
 *   <li><b>Small counts</b>: every shown count below the minimum (0 included) is hidden, totals too: a total of
 *       3 is as telling as a cell of 3. A table can count several things at once (the pairs of each group, and
 *       the pairs with each score): a position is hidden when any of its own counts is small.</li>
 *   <li><b>Complements</b>: a row with its total is an equation, cells + ... = total, and so is a column, the
 *       column of row totals and the row of column totals. In an equation with exactly one hidden count, that
 *       count is the total minus the rest, so one more is hidden there: the smallest shown cell, or the total if
 *       no cell is left; until no equation has exactly one hidden count.</li>
 *   <li><b>Audit</b>: an intruder who combines several rows and columns at once can still narrow a hidden count,
 *       and in some patterns pin it. So for every hidden count the smallest and largest values consistent with
 *       everything shown are computed by linear programming ({@link DisclosureAudit}); where they differ by less
 *       than the minimum, one more count beside it is hidden (its smallest shown neighbour in a row or column),
 *       and the audit runs again until it passes.</li>
 * </ol>
 *
 * <p>A hidden count is only said to be hidden, never why: saying which hidden counts are the small ones would
 * tell an intruder where to look. What one table cannot prevent is differencing across tables (one grouping
 * against another, one file against two): publish one grouping.
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
        return apply(List.of(table), minimum);
    }

    /**
     * One pattern of hidden positions for several tables of one shape that count the same groups: the first
     * counts every member of a group (its pairs), each other some of them (its pairs with one score), and a group
     * hidden in one is hidden in all. The result carries the first table.
     *
     * @throws IllegalArgumentException if the minimum is below 1, or the tables differ in shape or margins
     */
    public static SuppressedTable apply(List<CountTable> tables, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count must be 1 or more: " + minimum);
        }
        SuppressionGrid grid = SuppressionGrid.of(tables);
        grid.hideBelow(minimum);
        grid.hideComplementsUntilStable();
        for (Optional<int[]> narrow = DisclosureAudit.firstNarrow(grid, minimum); narrow.isPresent();
                narrow = DisclosureAudit.firstNarrow(grid, minimum)) {
            Optional<int[]> more = neighbour(grid, narrow.get());
            if (more.isEmpty()) {
                break; // nothing shown is tied to it any more: the audit cannot fail on it again
            }
            grid.hidden[more.get()[0]][more.get()[1]] = true;
            grid.hideComplementsUntilStable();
        }
        return result(grid, tables.get(0), minimum);
    }

    /**
     * Which counts of one more layer of a table already hidden group by group may be shown: a count that a shown
     * group's figure rests on (the children with a reliable change status, say), which is not a count of the
     * table's own. Starting from the groups hidden, it hides each count from 1 to below the minimum (a 0 is shown:
     * a figure with no child behind it is left out anyway), then, as {@link #apply(List, int)} does, one more in
     * every equation that would give a hidden count away, until none does.
     *
     * <p>Unlike the table's own counts, a layer is not audited by linear programming: a report has two layers per
     * score, and on 84 groups with 40 hidden the audits took half a minute more than the whole report. The rows
     * and columns of a layer are still closed against differencing; what the audit adds, bounds from several
     * equations at once, is left for the table's own counts. A layer with no count at all (a score without a
     * reliable change index anywhere) gives nothing away and hides nothing more.
     *
     * @param counts [row][column], totals last, as the grid lays them out
     * @param hidden [row][column]: the positions whose groups are hidden
     * @return [row][column]: the positions whose count in this layer is not shown
     */
    static boolean[][] hideInLayer(long[][] counts, Margins margins, boolean[][] hidden, int minimum) {
        SuppressionGrid grid = new SuppressionGrid(new long[][][] {counts}, margins);
        boolean none = java.util.Arrays.stream(counts).flatMapToLong(java.util.Arrays::stream).allMatch(n -> n == 0);
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                grid.hidden[r][c] = grid.displayed[r][c]
                        && (hidden[r][c] || counts[r][c] > 0 && counts[r][c] < minimum);
            }
        }
        if (!none) {
            grid.hideComplementsUntilStable();
        }
        return grid.hidden;
    }

    /** What a published table shows that its hiding should protect (worded by {@link PublishedTable}). */
    enum Flaw {
        /** A count shown though it is below the minimum. */
        SHOWN_BELOW_MINIMUM,
        /** A hidden count that an equation of shown counts gives away. */
        GIVEN_AWAY,
        /** Shown counts that do not add up to their shown total. */
        NOT_ADDING_UP,
        /** A hidden count that the shown counts narrow to fewer than the minimum. */
        NARROWED
    }

    /**
     * Why a published table does not protect its counts as {@link #apply(List, int)} would, if it does not: a
     * shown count below the minimum, shown counts that do not add up, an equation with one hidden count, or a
     * hidden count narrowed to fewer than the minimum. For a table read back from a file, which might have been
     * edited.
     *
     * @param counts [layer][row][column], totals last, as shown; those at hidden positions are not used
     * @param hidden [row][column]: which positions the table hides
     */
    static Optional<Flaw> flaw(long[][][] counts, Margins margins, boolean[][] hidden, int minimum) {
        return flaw(counts, margins, hidden, minimum, false);
    }

    /**
     * The same for one layer of counts that shown groups' figures rest on ({@link #hideInLayer}), where a 0 may
     * be shown.
     */
    static Optional<Flaw> layerFlaw(long[][] counts, Margins margins, boolean[][] hidden, int minimum) {
        return flaw(new long[][][] {counts}, margins, hidden, minimum, true);
    }

    private static Optional<Flaw> flaw(long[][][] counts, Margins margins, boolean[][] hidden, int minimum,
                                         boolean zeroShown) {
        SuppressionGrid grid = new SuppressionGrid(counts, margins);
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                grid.hidden[r][c] = grid.displayed[r][c] && hidden[r][c];
                for (long[][] layer : grid.counts) {
                    if (grid.displayed[r][c] && !hidden[r][c] && layer[r][c] < minimum
                            && !(zeroShown && layer[r][c] == 0)) {
                        return Optional.of(Flaw.SHOWN_BELOW_MINIMUM);
                    }
                }
            }
        }
        for (int[][] equation : grid.equations) {
            if (grid.hiddenIn(equation) == 1) {
                return Optional.of(Flaw.GIVEN_AWAY);
            }
            if (grid.hiddenIn(equation) == 0 && !grid.addsUp(equation)) {
                return Optional.of(Flaw.NOT_ADDING_UP);
            }
        }
        if (zeroShown) {
            return Optional.empty(); // a layer is closed by its equations, not audited (see hideInLayer)
        }
        try {
            return DisclosureAudit.firstNarrow(grid, minimum).map(p -> Flaw.NARROWED);
        } catch (IllegalStateException e) {
            return Optional.of(Flaw.NOT_ADDING_UP);
        }
    }

    /** The shown position to hide beside {@code narrow}: a cell of its rows and columns, else a total, else any. */
    private static Optional<int[]> neighbour(SuppressionGrid grid, int[] narrow) {
        List<int[][]> own = grid.equationsOf(narrow);
        Optional<int[]> near = grid.smallestShownCell(own).or(() -> grid.smallestShownTotal(own));
        if (near.isPresent()) {
            return near;
        }
        List<int[][]> tied = new ArrayList<>();
        for (int[][] equation : grid.equations) {
            if (grid.hiddenIn(equation) > 0) {
                tied.add(equation);
            }
        }
        return grid.smallestShownCell(tied).or(() -> grid.smallestShownTotal(tied));
    }

    private static SuppressedTable result(SuppressionGrid grid, CountTable table, int minimum) {
        List<List<CellStatus>> cells = new ArrayList<>();
        for (int r = 0; r < grid.rows; r++) {
            List<CellStatus> row = new ArrayList<>();
            for (int c = 0; c < grid.columns; c++) {
                row.add(status(grid, r, c));
            }
            cells.add(row);
        }
        List<CellStatus> rowTotals = new ArrayList<>();
        List<CellStatus> columnTotals = new ArrayList<>();
        if (table.margins().rowTotals()) {
            for (int r = 0; r < grid.rows; r++) {
                rowTotals.add(status(grid, r, grid.columns));
            }
        }
        if (table.margins().columnTotals()) {
            for (int c = 0; c < grid.columns; c++) {
                columnTotals.add(status(grid, grid.rows, c));
            }
        }
        Optional<CellStatus> grand = table.margins() == Margins.NONE ? Optional.empty()
                : Optional.of(status(grid, grid.rows, grid.columns));
        return new SuppressedTable(table, minimum, cells, rowTotals, columnTotals, grand);
    }

    private static CellStatus status(SuppressionGrid grid, int r, int c) {
        return grid.hidden[r][c] ? CellStatus.HIDDEN : CellStatus.SHOWN;
    }
}
