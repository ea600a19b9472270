package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of counts of children, such as area by age band, with the totals it shows. Each cell stands for a
 * group of children and every statistic shown for that group; hiding a cell hides them all. The totals are the
 * sums of the cells.
 *
 * @param rowLabels the rows' names, e.g. areas
 * @param columnLabels the columns' names, e.g. age bands
 * @param counts the number of children in each cell, row by row, each 0 or more
 * @param margins which totals the table shows
 */
public record CountTable(List<String> rowLabels, List<String> columnLabels, List<List<Integer>> counts,
                         Margins margins) {

    /** Checks that the table is rectangular, matches its labels and holds no negative count. */
    public CountTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(margins, "margins");
        if (rowLabels.isEmpty() || columnLabels.isEmpty() || counts.size() != rowLabels.size()) {
            throw new IllegalArgumentException("a table needs at least one row and one column, and a label for each");
        }
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> row : counts) {
            if (row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("every row needs " + columnLabels.size() + " counts");
            }
            for (Integer n : row) {
                if (n == null || n < 0) {
                    throw new IllegalArgumentException("a count must be 0 or more: " + n);
                }
            }
            copy.add(List.copyOf(row));
        }
        counts = List.copyOf(copy);
    }

    /** A table from a grid of counts, {@code counts[row][column]}. */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, int[][] counts, Margins margins) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : counts) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return new CountTable(rowLabels, columnLabels, rows, margins);
    }

    /** How many rows. */
    public int rows() {
        return rowLabels.size();
    }

    /** How many columns. */
    public int columns() {
        return columnLabels.size();
    }

    /** The count in one cell. */
    public int count(int row, int column) {
        return counts.get(row).get(column);
    }

    /** The sum of one row. */
    public int rowTotal(int row) {
        return counts.get(row).stream().mapToInt(Integer::intValue).sum();
    }

    /** The sum of one column. */
    public int columnTotal(int column) {
        return counts.stream().mapToInt(r -> r.get(column)).sum();
    }

    /** The sum of every cell. */
    public int grandTotal() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
    }
}
