package se.hlt.assessment.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the errors file: one line per input row that could not be scored, with the row number as a spreadsheet
 * shows it (the header is row 1), the row's id (a client's, for sessions), the bad columns, the reasons' codes and
 * the reasons. Where rows come from more than one file (pairing), each line starts with the file's role.
 *
 * <p>The reasons are sentences in the user's language; {@code reason_code} holds one language-independent code per
 * reason, in the same order, joined by a space as the columns are (e.g. {@code code_not_allowed bad_value}), so
 * that a script can count and filter rows without reading either language.
 */
final class ErrorRows {

    /** The first column of an errors file of several inputs. */
    static final String FILE = "file";

    private final CsvLineWriter out;
    private final String file;
    private final Locale locale;

    /** Writes the errors of a single input, the reasons in {@code locale}. */
    ErrorRows(CsvLineWriter out, Locale locale) {
        this(out, "", locale);
    }

    /** Writes the errors of the input {@code file} (e.g. {@code baseline}) among several, each line naming it. */
    ErrorRows(CsvLineWriter out, String file, Locale locale) {
        this.out = out;
        this.file = file;
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Writes the header {@code row,<id column>,column,reason_code,reason}. */
    void writeHeader(String idHeader) {
        out.line(List.of("row", idHeader, "column", "reason_code", "reason"));
    }

    /** The header of the errors file of several inputs: {@code file,row,<id column>,column,reason_code,reason}. */
    static List<String> headerOfSeveral(String idHeader) {
        return List.of(FILE, "row", idHeader, "column", "reason_code", "reason");
    }

    /** The language the reasons are written in. */
    Locale locale() {
        return locale;
    }

    /** Writes one bad row. */
    void write(long row, String id, RowProblems problems) {
        write(row, id, problems.columns(), problems.codes(), problems.reasons(locale));
    }

    /** Writes one bad row, its columns at fault, its reasons' codes and its reasons already joined. */
    void write(long row, String id, String columns, String codes, String reasons) {
        if (!file.isEmpty()) {
            out.text(file);
        }
        out.field(Long.toString(row));
        out.text(id);
        out.text(columns);
        out.field(codes);
        out.field(reasons);
        out.endLine();
    }
}
