package se.hlt.assessment.io;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes the errors file: one line per input row that could not be scored, with the row number as a spreadsheet
 * shows it (the header is row 1), the row's id, the bad columns and the reasons.
 */
final class ErrorRows {

    private final CsvWriter out;

    ErrorRows(CsvWriter out) {
        this.out = out;
    }

    /** Writes the header {@code row,<id column>,column,reason}. */
    void writeHeader(String idHeader) {
        out.writeRecord("row", idHeader, "column", "reason");
    }

    /** Writes one bad row. */
    void write(long row, String id, RowProblems problems) {
        out.writeRecord().writeField(Long.toString(row)).writeField(id).writeField(problems.columns())
                .writeField(problems.reasons()).endRecord();
    }
}
