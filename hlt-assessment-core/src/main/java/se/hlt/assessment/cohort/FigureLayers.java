package se.hlt.assessment.cohort;

import java.util.function.ToIntFunction;

/**
 * Which of the counts that a shown group's figures rest on may be published beside them: per score, the children
 * with a reliable change status and those in an atypical band at T1, and, for the score the Added Value Score
 * belongs to, the children whose AVS the mean rests on and those left out of it. Each is a layer of counts over
 * the report's grid of its own, protected as the table's pairs are ({@link SmallCellSuppression#hideInLayer}):
 * a total minus its shown cells must not give away a small count, nor a hidden group's.
 */
final class FigureLayers {

    /** Whether each count of one group and score, and the figures resting on it, may be shown. */
    record Shown(boolean reliableChange, boolean leftAtypical, boolean addedValue, boolean addedValueLeftOut) {
    }

    private final boolean[][][] reliableChange;
    private final boolean[][][] leftAtypical;
    private final boolean[][] addedValue;
    private final boolean[][] addedValueLeftOut;

    /**
     * The layers of a grid of {@code rows} &times; {@code columns} cells with their totals.
     *
     * @param members the tally groups at each position [row][column], totals last
     * @param hidden the positions whose groups are hidden
     */
    FigureLayers(CohortTally tally, int[][][] members, boolean[][] hidden, Margins margins, int scales,
                 int minimum) {
        reliableChange = new boolean[scales][][];
        leftAtypical = new boolean[scales][][];
        for (int s = 0; s < scales; s++) {
            int score = s;
            reliableChange[s] = layer(tally, members, g -> g.scales[score].reliableChange().n(), hidden, margins,
                    minimum);
            leftAtypical[s] = layer(tally, members, g -> g.scales[score].bandExits().atypicalAtT1(), hidden,
                    margins, minimum);
        }
        addedValue = layer(tally, members, g -> g.withAddedValue, hidden, margins, minimum);
        addedValueLeftOut = layer(tally, members, g -> g.addedValueLeftOut, hidden, margins, minimum);
    }

    /**
     * The layers of a report's grid as {@code suppressed} hid its groups.
     *
     * @param members the tally groups of a position: ({@code r}, {@code c}), -1 for a total that spans either
     */
    static FigureLayers of(CohortTally tally, SuppressedTable suppressed, Members members, int scales,
                           int minimum) {
        int rows = suppressed.table().rows();
        int columns = suppressed.table().columns();
        int[][][] at = new int[rows + 1][columns + 1][];
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                at[r][c] = members.of(r == rows ? -1 : r, c == columns ? -1 : c);
                hidden[r][c] = hidden(suppressed, r, c);
            }
        }
        return new FigureLayers(tally, at, hidden, suppressed.table().margins(), scales, minimum);
    }

    /** The tally groups of a position of the grid. */
    interface Members {
        int[] of(int r, int c);
    }

    private static boolean hidden(SuppressedTable t, int r, int c) {
        int rows = t.table().rows();
        int columns = t.table().columns();
        if (r < rows && c < columns) {
            return t.cell(r, c).isHidden();
        }
        if (r < rows) {
            return r < t.rowTotals().size() && t.rowTotals().get(r).isHidden();
        }
        if (c < columns) {
            return c < t.columnTotals().size() && t.columnTotals().get(c).isHidden();
        }
        return t.grandTotal().map(CellStatus::isHidden).orElse(false);
    }

    private static boolean[][] layer(CohortTally tally, int[][][] members, ToIntFunction<CohortTally.Group> count,
                                     boolean[][] hidden, Margins margins, int minimum) {
        long[][] counts = new long[members.length][members[0].length];
        for (int r = 0; r < members.length; r++) {
            for (int c = 0; c < members[r].length; c++) {
                for (int g : members[r][c]) {
                    counts[r][c] += count.applyAsInt(tally.group(g));
                }
            }
        }
        return SmallCellSuppression.hideInLayer(counts, margins, hidden, minimum);
    }

    /** What may be shown of score {@code s} at position ({@code r}, {@code c}). */
    Shown at(int r, int c, int s) {
        return new Shown(!reliableChange[s][r][c], !leftAtypical[s][r][c], !addedValue[r][c],
                !addedValueLeftOut[r][c]);
    }

    /** Every count of a report with nothing to protect (tests of the figures alone). */
    static Shown all() {
        return new Shown(true, true, true, true);
    }
}
