package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a group sits in a cohort table: the columns the user groups by form a table whose last column gives the
 * table's columns and the others its rows, with totals.
 */
public enum GroupLevel {
    /** One combination of every grouping column. */
    CELL,
    /** One combination of every grouping column but the last, across all values of the last. */
    ROW_TOTAL,
    /** One value of the last grouping column, across all values of the others. */
    COLUMN_TOTAL,
    /** Every pair. */
    TOTAL;

    /** The lower-case name used in files, e.g. {@code row_total}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
