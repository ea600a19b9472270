package se.hlt.assessment.io;

import java.util.List;

/**
 * Writes the errors file: one line per input row that could not be scored, with the row number as a spreadsheet
 * shows it (the header is row 1), the row's id, the bad columns and the reasons.
 */
final class ErrorRows {

    private final CsvLineWriter out;

    ErrorRows(CsvLineWriter out) {
        this.out = out;
    }

    /** Writes the header {@code row,<id column>,column,reason}. */
    void writeHeader(String idHeader) {
        out.line(List.of("row", idHeader, "column", "reason"));
    }

    /** Writes one bad row. */
    void write(long row, String id, RowProblems problems) {
        out.field(Long.toString(row));
        out.field(id);
        out.field(problems.columns());
        out.field(problems.reasons());
        out.endLine();
    }
}
