package se.hlt.assessment.csv;

import java.util.List;

/**
 * Writes the errors file: one line per input row that is not scored, with its row number as a spreadsheet shows it
 * (the header is row 1), the client's pseudonymous id, the columns at fault and the reasons.
 */
final class ErrorRowsOut {

    private final CsvLineWriter out;

    ErrorRowsOut(CsvLineWriter out) {
        this.out = out;
    }

    /** Writes the header {@code row,<client column>,column,reason}. */
    void writeHeader(String clientHeader) {
        out.line(List.of("row", clientHeader, "column", "reason"));
    }

    void write(long row, String client, String columns, String reasons) {
        out.field(Long.toString(row));
        out.field(client);
        out.field(columns);
        out.field(reasons);
        out.endLine();
    }
}
