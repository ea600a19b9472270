package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import se.hlt.assessment.instrument.Label;

/**
 * A cohort report laid out again as the grid its counts were hidden on (cells, row totals, column totals, the
 * total; the pairs and each score's pairs as layers), from nothing but what the report shows, so that a report
 * read back from a file can be audited as {@link SmallCellSuppression} audited it when it was made.
 */
final class PublishedTable {

    private PublishedTable() {
    }

    /**
     * A count that shown groups' figures rest on, as {@link FigureLayers} protects it.
     *
     * @param statistic the figure's name in {@link Missing#statistic()}
     * @param addedValue whether it belongs with the Added Value Score's score only
     */
    private record Layer(String statistic, Function<ScaleFigures, OptionalInt> count, boolean addedValue) {

        /** The count a group shows: the number, 0 where there is none to show, -1 where it is hidden. */
        int count(ScaleFigures f) {
            OptionalInt n = count.apply(f);
            if (n.isPresent()) {
                return n.getAsInt();
            }
            return f.missing().stream().anyMatch(m -> m.statistic().equals(statistic)
                    && (m.reason() == MissingReason.BELOW_MINIMUM || m.reason() == MissingReason.PROTECTS_ANOTHER))
                    ? -1 : 0;
        }
    }

    private static final List<Layer> LAYERS = List.of(
            new Layer(ScaleFigures.RELIABLE_CHANGE, ScaleFigures::reliableChangeN, false),
            new Layer(ScaleFigures.LEFT_ATYPICAL, ScaleFigures::leftAtypicalN, false),
            new Layer(AddedValueSummary.MEAN_AVS, ScaleFigures::addedValueN, true),
            new Layer(ScaleFigures.AVS_LEFT_OUT, ScaleFigures::addedValueLeftOut, true));

    /** Why {@code report} shows what its hiding should protect, if it does; see {@link CohortReport#disclosureFlaw()}. */
    static Optional<Label> flaw(CohortReport report) {
        int k = report.grouping().columns().size();
        List<List<String>> rowKeys = new ArrayList<>();
        List<String> columnValues = new ArrayList<>();
        for (CohortGroup g : report.groups()) {
            if (g.level() == GroupLevel.CELL && k > 0) {
                List<String> row = g.values().subList(0, k - 1);
                if (!rowKeys.contains(row)) {
                    rowKeys.add(row);
                }
                if (!columnValues.contains(g.values().get(k - 1))) {
                    columnValues.add(g.values().get(k - 1));
                }
            }
        }
        if (k == 0) {
            rowKeys.add(List.of());
            columnValues.add(Grouping.ALL);
        }
        int rows = rowKeys.size();
        int columns = columnValues.size();
        if (rows == 0 || columns == 0) {
            return Optional.of(Label.of("no group of the table's cells", "ingen grupp bland tabellens celler"));
        }
        int layers = 1 + report.scales().size();
        long[][][] counts = new long[layers][rows + 1][columns + 1];
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (boolean[] row : hidden) {
            java.util.Arrays.fill(row, true); // a group the file leaves out is as good as hidden
        }
        for (CohortGroup g : report.groups()) {
            if (g.status() == CellStatus.SHOWN && g.scales().size() != report.scales().size()) {
                return Optional.of(Label.of("a shown group without the figures of every score",
                        "en grupp som visas utan värdena för varje skala"));
            }
            for (int[] p : positions(g, k, rowKeys, columnValues)) {
                hidden[p[0]][p[1]] = g.status().isHidden();
                if (!g.status().isHidden()) {
                    counts[0][p[0]][p[1]] = g.pairs().orElse(0);
                    for (int s = 0; s < report.scales().size(); s++) {
                        counts[1 + s][p[0]][p[1]] = g.scales().get(s).n();
                    }
                }
            }
        }
        Margins margins = k == 0 ? Margins.NONE : k == 1 ? Margins.ROW_TOTALS : Margins.BOTH;
        Optional<Label> flaw = SmallCellSuppression.flaw(counts, margins, hidden, report.minimum())
                .map(f -> words(f, false, report.minimum()));
        for (int s = 0; s < report.scales().size() && flaw.isEmpty(); s++) {
            int score = s;
            for (Layer layer : LAYERS) {
                if (layer.addedValue() && !report.scales().get(s).addedValue()) {
                    continue;
                }
                ToIntFunction<CohortGroup> count = g -> layer.count(g.scales().get(score));
                // a file written before these counts were has none: nothing to audit
                boolean any = report.groups().stream().anyMatch(g -> !g.status().isHidden()
                        && layer.count().apply(g.scales().get(score)).isPresent());
                if (any) {
                    flaw = flaw.or(() -> layerFlaw(report, k, rowKeys, columnValues, margins, count));
                }
            }
        }
        return flaw;
    }

    /**
     * The flaw of one layer of counts that shown groups' figures rest on ({@link FigureLayers}), where a group
     * that does not show its count is as good as hidden in it.
     *
     * @param count a shown group's count, or -1 where it does not show one
     */
    private static Optional<Label> layerFlaw(CohortReport report, int k, List<List<String>> rowKeys,
                                              List<String> columnValues, Margins margins,
                                              ToIntFunction<CohortGroup> count) {
        int rows = rowKeys.size();
        int columns = columnValues.size();
        long[][] counts = new long[rows + 1][columns + 1];
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (boolean[] row : hidden) {
            java.util.Arrays.fill(row, true);
        }
        for (CohortGroup g : report.groups()) {
            int n = g.status().isHidden() ? -1 : count.applyAsInt(g);
            for (int[] p : positions(g, k, rowKeys, columnValues)) {
                hidden[p[0]][p[1]] = n < 0;
                counts[p[0]][p[1]] = Math.max(n, 0);
            }
        }
        return SmallCellSuppression.layerFlaw(counts, margins, hidden, report.minimum())
                .map(f -> words(f, true, report.minimum()));
    }

    /** A flaw in a phrase, of a group's count or of the count a figure of a group rests on. */
    private static Label words(SmallCellSuppression.Flaw flaw, boolean figure, int minimum) {
        return switch (flaw) {
            case SHOWN_BELOW_MINIMUM -> figure
                    ? Label.of("a figure's count shown below the minimum of " + minimum,
                            "ett värdes antal som visas fast det är under minsta antalet " + minimum)
                    : Label.of("a group shown with a count below the minimum of " + minimum,
                            "en grupp som visas fast dess antal är under minsta antalet " + minimum);
            case GIVEN_AWAY -> figure
                    ? Label.of("a hidden figure's count that the shown totals give away",
                            "ett dolt värdes antal som de visade summorna avslöjar")
                    : Label.of("a hidden group whose count the shown totals give away",
                            "en dold grupp vars antal de visade summorna avslöjar");
            case NOT_ADDING_UP -> Label.of("shown counts that do not add up to their totals",
                    "visade antal som inte går ihop med sina summor");
            case NARROWED -> Label.of("a hidden group whose count the shown counts narrow to fewer than " + minimum,
                    "en dold grupp vars antal de visade antalen ringar in till färre än " + minimum);
        };
    }

    /** Where group {@code g} sits in the grid; the total of a one-column grouping is its row's total too. */
    private static List<int[]> positions(CohortGroup g, int k, List<List<String>> rowKeys, List<String> columns) {
        int rows = rowKeys.size();
        int last = columns.size();
        if (k == 0) {
            return List.of(new int[] {0, 0});
        }
        return switch (g.level()) {
            case CELL -> List.of(new int[] {rowKeys.indexOf(g.values().subList(0, k - 1)),
                columns.indexOf(g.values().get(k - 1))});
            case ROW_TOTAL -> rowKeys.contains(g.values().subList(0, k - 1))
                    ? List.of(new int[] {rowKeys.indexOf(g.values().subList(0, k - 1)), last}) : List.of();
            case COLUMN_TOTAL -> columns.contains(g.values().get(k - 1))
                    ? List.of(new int[] {rows, columns.indexOf(g.values().get(k - 1))}) : List.of();
            case TOTAL -> k == 1 ? List.of(new int[] {rows, last}, new int[] {0, last})
                    : List.of(new int[] {rows, last});
        };
    }
}
