package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.hlt.assessment.scoring.TableRef;

/**
 * Works out a {@link CohortReport}: arranges the groups as a table, hides small groups, and computes the figures
 * of every shown group from its tallies (a total's being the sum of its cells').
 */
final class CohortTable {

    private final Grouping grouping;
    private final CohortTally tally;
    private final List<CohortScale> scales;
    private final Optional<TableRef> model;
    private final int minimum;
    private final int k;
    /** The table's rows (values of every grouping column but the last) and columns (values of the last). */
    private final List<List<String>> rowKeys;
    private final List<String> columnValues;
    /** [row][column] &rarr; group number, or -1 for a combination without pairs. */
    private final int[][] cellGroup;
    CohortTable(Grouping grouping, List<List<String>> cellKeys, CohortTally tally, List<CohortScale> scales,
                Optional<TableRef> model, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count must be 1 or more: " + minimum);
        }
        if (scales.size() != tally.scales()) {
            throw new IllegalArgumentException(scales.size() + " scales named for tallies of " + tally.scales());
        }
        cellKeys.forEach(grouping::check);
        this.grouping = grouping;
        this.tally = tally;
        this.scales = List.copyOf(scales);
        this.model = model;
        this.minimum = minimum;
        this.k = grouping.columns().size();
        List<List<String>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (List<String> key : cellKeys) {
            List<String> row = k == 0 ? List.of() : key.subList(0, k - 1);
            if (!rows.contains(row)) {
                rows.add(row);
            }
            if (k > 0 && !columns.contains(key.get(k - 1))) {
                columns.add(key.get(k - 1));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of());
        }
        rows.sort(grouping.orderOfFirst(Math.max(k - 1, 0)));
        if (k > 0) {
            columns.sort(grouping.order(k - 1));
        } else {
            columns.add(Grouping.ALL);
        }
        this.rowKeys = rows;
        this.columnValues = columns;
        this.cellGroup = new int[rows.size()][columns.size()];
        for (int[] r : cellGroup) {
            Arrays.fill(r, -1);
        }
        for (int g = 0; g < cellKeys.size(); g++) {
            List<String> key = cellKeys.get(g);
            int r = rows.indexOf(k == 0 ? List.of() : key.subList(0, k - 1));
            int c = k == 0 ? 0 : columns.indexOf(key.get(k - 1));
            cellGroup[r][c] = g;
        }
    }

    CohortReport report() {
        if (rowKeys.size() == 1 && columnValues.isEmpty()) {
            // no group at all: the one total, hidden as a count of 0 is
            CohortGroup total = CohortGroup.hidden(Grouping.withAll(java.util.Collections.nCopies(k, ""), 0),
                    GroupLevel.TOTAL);
            return new CohortReport(scales.get(0).instrument(), scales.get(0).informant(), grouping, minimum, scales,
                    List.of(total), 1, FlaggedPairs.unknown());
        }
        int rows = rowKeys.size();
        int columns = columnValues.size();
        // one table of the pairs, and one of the pairs with each score: every count of a group is its own
        int[][][] layers = new int[1 + scales.size()][rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int[] cell = cellGroup[r][c] < 0 ? new int[0] : new int[] {cellGroup[r][c]};
                layers[0][r][c] = pairsIn(cell);
                for (int s = 0; s < scales.size(); s++) {
                    layers[1 + s][r][c] = withScore(cell, s);
                }
            }
        }
        Margins margins = k == 0 ? Margins.NONE : k == 1 ? Margins.ROW_TOTALS : Margins.BOTH;
        List<String> rowLabels = rowKeys.stream().map(key -> String.join(" / ", key)).toList();
        List<CountTable> tables = new ArrayList<>();
        for (int[][] layer : layers) {
            tables.add(CountTable.of(rowLabels, columnValues, layer, margins));
        }
        SuppressedTable suppressed = SmallCellSuppression.apply(tables, minimum);
        FigureLayers figureLayers = FigureLayers.of(tally, suppressed, this::members, scales.size(), minimum);
        return new Assembly(suppressed, layers[0], figureLayers).report();
    }

    /**
     * Puts the groups in the report's order, each shown with its figures or hidden. The figures of the shown
     * groups are computed last, each group and score on its own: they depend on nothing else, so two threads share
     * them (a county's total has a million pairs per score), and the result is the same in any order.
     */
    private final class Assembly {
        private final SuppressedTable suppressed;
        private final int[][] pairCounts;
        private final List<Pending> pending = new ArrayList<>();
        private final OptionalInt allPairs;
        private final FigureLayers figureLayers;

        Assembly(SuppressedTable suppressed, int[][] pairCounts, FigureLayers figureLayers) {
            this.suppressed = suppressed;
            this.figureLayers = figureLayers;
            this.pairCounts = pairCounts;
            CellStatus total = k == 0 ? suppressed.cell(0, 0) : suppressed.grandTotal().orElseThrow();
            this.allPairs = total.isHidden() ? OptionalInt.empty() : OptionalInt.of((int) tally.pairs());
        }

        CohortReport report() {
            int rows = rowKeys.size();
            int columns = columnValues.size();
            if (k == 0) {
                add(List.of(), GroupLevel.TOTAL, suppressed.cell(0, 0), new int[] {0, 0}, OptionalInt.empty());
                return result();
            }
            for (int r = 0; r < rows; r++) {
                OptionalInt rowPairs = k == 1 ? allPairs
                        : shown(suppressed.rowTotals().get(r), Arrays.stream(pairCounts[r]).sum());
                for (int c = 0; c < columns; c++) {
                    add(cellValues(r, c), GroupLevel.CELL, suppressed.cell(r, c), new int[] {r, c}, rowPairs);
                }
                if (k > 1) {
                    add(Grouping.withAll(cellValues(r, 0), k - 1), GroupLevel.ROW_TOTAL,
                            suppressed.rowTotals().get(r), new int[] {r, columns}, OptionalInt.empty());
                }
            }
            if (k > 1) {
                for (int c = 0; c < columns; c++) {
                    List<String> values = new ArrayList<>(Grouping.withAll(cellValues(0, c), 0));
                    values.set(k - 1, columnValues.get(c));
                    add(values, GroupLevel.COLUMN_TOTAL, suppressed.columnTotals().get(c), new int[] {rows, c},
                            OptionalInt.empty());
                }
            }
            add(Grouping.withAll(cellValues(0, 0), 0), GroupLevel.TOTAL, suppressed.grandTotal().orElseThrow(),
                    new int[] {rows, columns}, OptionalInt.empty());
            return result();
        }

        private CohortReport result() {
            List<int[]> tasks = new ArrayList<>();
            for (int g = 0; g < pending.size(); g++) {
                if (pending.get(g).merged().isPresent()) {
                    for (int s = 0; s < scales.size(); s++) {
                        tasks.add(new int[] {g, s});
                    }
                }
            }
            ScaleFigures[][] figures = new ScaleFigures[pending.size()][scales.size()];
            tasks.parallelStream().forEach(t -> {
                Pending p = pending.get(t[0]);
                figures[t[0]][t[1]] = figures(t[1], p.merged().orElseThrow(),
                        figureLayers.at(p.position()[0], p.position()[1], t[1]));
            });
            List<CohortGroup> groups = new ArrayList<>();
            for (int g = 0; g < pending.size(); g++) {
                groups.add(pending.get(g).group(figures[g]));
            }
            int hidden = (int) groups.stream().filter(g -> g.status().isHidden()).count();
            // a count of the whole report, shown only with its total, whose hiding would be undone by it
            FlaggedPairs flagged = allPairs.isPresent() ? FlaggedPairs.of(ageOutsideVersion(), minimum)
                    : FlaggedPairs.unknown();
            return new CohortReport(scales.get(0).instrument(), scales.get(0).informant(), grouping, minimum, scales,
                    groups, hidden, flagged);
        }

        /** Adds the group at {@code position} of the grid ({row, column}, totals last). */
        private void add(List<String> values, GroupLevel level, CellStatus status, int[] position,
                         OptionalInt rowPairs) {
            if (status.isHidden()) {
                pending.add(new Pending(values, level, status, position, Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty()));
                return;
            }
            int rows = rowKeys.size();
            int columns = columnValues.size();
            CohortTally.Group merged = tally.merged(members(position[0] == rows ? -1 : position[0],
                    position[1] == columns ? -1 : position[1]));
            int n = merged.pairs;
            pending.add(new Pending(values, level, status, position, Optional.of(merged), percent(n, allPairs),
                    level == GroupLevel.CELL && k > 1 ? percent(n, rowPairs) : OptionalDouble.empty()));
        }

        /** A group whose figures are still to be computed; a hidden group has no tallies at all. */
        private record Pending(List<String> values, GroupLevel level, CellStatus status, int[] position,
                               Optional<CohortTally.Group> merged, OptionalDouble percentOfAll,
                               OptionalDouble percentOfRow) {

            CohortGroup group(ScaleFigures[] figures) {
                if (merged.isEmpty()) {
                    return CohortGroup.hidden(values, level);
                }
                return new CohortGroup(values, level, status, OptionalInt.of(merged.get().pairs), percentOfAll,
                        percentOfRow, List.of(figures));
            }
        }

        private List<String> cellValues(int r, int c) {
            List<String> values = new ArrayList<>(rowKeys.get(r));
            if (k > 0) {
                values.add(columnValues.get(c));
            }
            return values;
        }
    }

    private static OptionalInt shown(CellStatus status, int count) {
        return status.isHidden() ? OptionalInt.empty() : OptionalInt.of(count);
    }

    private static OptionalDouble percent(int part, OptionalInt whole) {
        return whole.isEmpty() || whole.getAsInt() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * part / whole.getAsInt());
    }

    /** The groups of cell ({@code r}, {@code c}); -1 for either spans it (a total). */
    private int[] members(int r, int c) {
        List<Integer> groups = new ArrayList<>();
        for (int row = 0; row < rowKeys.size(); row++) {
            for (int column = 0; column < columnValues.size(); column++) {
                boolean inRow = r < 0 || r == row;
                boolean inColumn = c < 0 || c == column;
                if (inRow && inColumn && cellGroup[row][column] >= 0) {
                    groups.add(cellGroup[row][column]);
                }
            }
        }
        return groups.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The tallies of the groups together. */
    private int ageOutsideVersion() {
        int n = 0;
        for (int g = 0; g < tally.groups(); g++) {
            n += tally.group(g).ageOutsideVersion;
        }
        return n;
    }

    private int pairsIn(int[] groups) {
        int n = 0;
        for (int g : groups) {
            n += tally.group(g).pairs;
        }
        return n;
    }

    /** How many of the groups' pairs have score {@code s} at both times (0 counts, as a group without it). */
    private int withScore(int[] groups, int s) {
        int n = 0;
        for (int g : groups) {
            n += tally.group(g).scales[s].n();
        }
        return n;
    }

    /** The figures of score {@code s} of a group's tallies. */
    private ScaleFigures figures(int s, CohortTally.Group group, FigureLayers.Shown shown) {
        CohortScale scale = scales.get(s);
        ScaleTally t = group.scales[s];
        boolean avsHere = scale.addedValue() && model.isPresent();
        AddedValueSummary avs = (avsHere && group.withAddedValue > 0
                ? AddedValueSummary.of(model.get(), Arrays.copyOf(group.addedValues, group.withAddedValue),
                        Arrays.copyOf(group.effectSizes, group.withAddedValue))
                : AddedValueSummary.empty()).withLeftOut(avsHere ? group.addedValueLeftOut : 0);
        CohortChange change = new CohortChange(PairedChange.of(scale.name(), scale.direction(),
                t.pairs(scale.divisor())),
                t.reliableChange(), t.bandExits(), avs);
        return ScaleFigures.of(scale.name(), change, scale.addedValue(), minimum, shown);
    }
}
