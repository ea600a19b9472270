package se.hlt.assessment.csv;

import java.util.List;

/**
 * Writes the errors file: one line per input row that could not be scored, with the row number as a spreadsheet
 * shows it (the header is row 1), the row's id (a client's, for sessions), the bad columns and the reasons. Where
 * rows come from more than one file (pairing), each line starts with the file's role.
 */
final class ErrorRows {

    /** The first column of an errors file of several inputs. */
    static final String FILE = "file";

    private final CsvLineWriter out;
    private final String file;

    /** Writes the errors of a single input. */
    ErrorRows(CsvLineWriter out) {
        this(out, "");
    }

    /** Writes the errors of the input {@code file} (e.g. {@code baseline}) among several, each line naming it. */
    ErrorRows(CsvLineWriter out, String file) {
        this.out = out;
        this.file = file;
    }

    /** Writes the header {@code row,<id column>,column,reason}. */
    void writeHeader(String idHeader) {
        out.line(List.of("row", idHeader, "column", "reason"));
    }

    /** The header of the errors file of several inputs: {@code file,row,<id column>,column,reason}. */
    static List<String> headerOfSeveral(String idHeader) {
        return List.of(FILE, "row", idHeader, "column", "reason");
    }

    /** Writes one bad row. */
    void write(long row, String id, RowProblems problems) {
        write(row, id, problems.columns(), problems.reasons());
    }

    /** Writes one bad row, its columns at fault and its reasons already joined. */
    void write(long row, String id, String columns, String reasons) {
        if (!file.isEmpty()) {
            out.text(file);
        }
        out.field(Long.toString(row));
        out.text(id);
        out.text(columns);
        out.field(reasons);
        out.endLine();
    }
}
