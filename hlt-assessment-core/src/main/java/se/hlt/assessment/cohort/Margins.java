package se.hlt.assessment.cohort;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which totals a table of counts shows beside its cells. The grand total is shown whenever any total is. */
public enum Margins {
    /** No totals: only the cells. */
    NONE,
    /** A total at the end of each row, and the grand total below them. */
    ROW_TOTALS,
    /** A total at the foot of each column, and the grand total beside them. */
    COLUMN_TOTALS,
    /** Row totals, column totals and the grand total. */
    BOTH;

    /** Whether each row's total is shown. */
    public boolean rowTotals() {
        return this == ROW_TOTALS || this == BOTH;
    }

    /** Whether each column's total is shown. */
    public boolean columnTotals() {
        return this == COLUMN_TOTALS || this == BOTH;
    }

    /** The lower-case name used in JSON, e.g. {@code row_totals}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
