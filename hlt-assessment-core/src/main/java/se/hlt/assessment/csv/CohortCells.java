package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.hlt.assessment.scoring.Texts;

/**
 * The cells of a cohort table being read back ({@link CohortTableCsv}): found by column name, numbers read with the
 * file's decimal sign, and every cell that cannot be read named by its row and column in the problems.
 */
final class CohortCells {

    /** Each column's position, by its name. */
    final Map<String, Integer> columns = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    private final boolean decimalComma;
    private final Locale locale;

    CohortCells(boolean decimalComma, Locale locale) {
        this.decimalComma = decimalComma;
        this.locale = locale;
    }

    /** Adds a problem of row {@code r}, worded by the text {@code key} with the row's number and {@code args}. */
    void problem(CsvRecord r, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = row(r);
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(Texts.format(key, locale, all));
    }

    /** A number, or empty for an empty cell; a cell that is not one is a problem. */
    OptionalDouble number(CsvRecord r, String column) {
        String text = cell(r, column);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(decimalComma ? text.replace(',', '.') : text));
        } catch (NumberFormatException e) {
            problem(r, "cohort_file.not_number", column);
            return OptionalDouble.empty();
        }
    }

    /** A whole number, or empty for an empty cell; a cell that is not one is a problem. */
    OptionalInt whole(CsvRecord r, String column) {
        String text = cell(r, column);
        try {
            return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            problem(r, "cohort_file.not_whole", column);
            return OptionalInt.empty();
        }
    }

    /** A cell, stripped; empty for a column the file lacks. */
    String cell(CsvRecord r, String column) {
        Integer at = columns.get(column);
        if (at == null) {
            return ""; // a column added later, which an older file lacks
        }
        return at < r.getFieldCount() ? r.getField(at).strip() : "";
    }

    /** A record's row as a spreadsheet numbers it. */
    static long row(CsvRecord r) {
        return r.getStartingLineNumber();
    }
}
