package se.hlt.assessment.csv;

import java.math.BigDecimal;
import java.util.Optional;

/** Writes numbers for a CSV file: plain (never 1E+1), with the file's decimal separator. */
final class Decimals {

    private Decimals() {
    }

    /** The separator for a file with {@code delimiter}: a comma in a semicolon file, as Swedish spreadsheets expect. */
    static char separator(char delimiter) {
        return delimiter == ';' ? ',' : '.';
    }

    /** {@code value} as text, e.g. {@code 18.3}, or {@code 18,3} with a decimal comma. */
    static String text(BigDecimal value, char separator) {
        // with 0 to 6 decimals toString() is plain too, and a BigDecimal keeps it once made (shared totals are reused)
        String plain = value.scale() >= 0 && value.scale() <= 6 ? value.toString() : value.toPlainString();
        return separator == '.' ? plain : plain.replace('.', separator);
    }

    /** {@code value} as {@link #text(BigDecimal, char)}, or empty (a cell that does not apply) when there is none. */
    static String text(Optional<BigDecimal> value, char separator) {
        return value.isPresent() ? text(value.get(), separator) : "";
    }
}
