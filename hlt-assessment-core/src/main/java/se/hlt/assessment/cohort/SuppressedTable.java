package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import se.hlt.assessment.instrument.Label;

/**
 * A table of counts after small-cell suppression ({@link SmallCellSuppression}): which counts may leave the team
 * and which are hidden, and why.
 *
 * @param table the table as counted
 * @param minimum the smallest count shown
 * @param cells the status of each cell, row by row
 * @param rowTotals the status of each row total; empty when the table shows no row totals
 * @param columnTotals the status of each column total; empty when the table shows no column totals
 * @param grandTotal the status of the grand total; empty when the table shows no totals
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SuppressedTable(CountTable table, int minimum, List<List<CellStatus>> cells,
                              List<CellStatus> rowTotals, List<CellStatus> columnTotals,
                              Optional<CellStatus> grandTotal) {

    /** Checks that every status list matches the table's shape and margins. */
    public SuppressedTable {
        Objects.requireNonNull(table, "table");
        List<List<CellStatus>> copy = new ArrayList<>();
        cells.forEach(row -> copy.add(List.copyOf(row)));
        cells = List.copyOf(copy);
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        grandTotal = grandTotal == null ? Optional.empty() : grandTotal;
        Margins m = table.margins();
        if (cells.size() != table.rows() || cells.stream().anyMatch(r -> r.size() != table.columns())
                || rowTotals.size() != (m.rowTotals() ? table.rows() : 0)
                || columnTotals.size() != (m.columnTotals() ? table.columns() : 0)
                || grandTotal.isPresent() != (m != Margins.NONE)) {
            throw new IllegalArgumentException("statuses do not match the table's shape and margins");
        }
    }

    /** The status of one cell. */
    public CellStatus cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The count of one cell if it is shown. */
    public OptionalInt shownCount(int row, int column) {
        return shown(cell(row, column), table.count(row, column));
    }

    /** The total of one row if the table shows row totals and this one is not hidden. */
    public OptionalInt shownRowTotal(int row) {
        return rowTotals.isEmpty() ? OptionalInt.empty() : shown(rowTotals.get(row), table.rowTotal(row));
    }

    /** The total of one column if the table shows column totals and this one is not hidden. */
    public OptionalInt shownColumnTotal(int column) {
        return columnTotals.isEmpty() ? OptionalInt.empty()
                : shown(columnTotals.get(column), table.columnTotal(column));
    }

    /** The grand total if the table shows totals and it is not hidden. */
    public OptionalInt shownGrandTotal() {
        return grandTotal.map(s -> shown(s, table.grandTotal())).orElse(OptionalInt.empty());
    }

    private static OptionalInt shown(CellStatus status, int count) {
        return status.isHidden() ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** How many counts (cells and totals) are hidden. */
    public int hiddenCount() {
        return (int) Stream.of(cells.stream().flatMap(List::stream), rowTotals.stream(), columnTotals.stream(),
                grandTotal.stream()).flatMap(s -> s).filter(CellStatus::isHidden).count();
    }

    /** What was hidden, in one sentence in English and Swedish, for the foot of the table. */
    public Label note() {
        return note(hiddenCount(), minimum);
    }

    /**
     * The one sentence a table with {@code hidden} hidden counts carries: that they are hidden, and on what rule,
     * never which of them are the small ones.
     */
    public static Label note(int hidden, int minimum) {
        if (hidden == 0) {
            return Label.of("No count is hidden: every count is at least " + minimum + ".",
                    "Inget antal är dolt: alla antal är minst " + minimum + ".");
        }
        return Label.of(hidden + (hidden == 1 ? " count is" : " counts are") + " hidden: counts below " + minimum
                + ", and others so that no hidden count can be worked out from what is shown.",
                hidden + (hidden == 1 ? " antal är dolt" : " antal är dolda") + ": antal under " + minimum
                + ", och fler så att inget dolt antal kan räknas fram ur det som visas.");
    }
}
