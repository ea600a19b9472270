package se.hlt.assessment.csv;

import java.util.Locale;
import se.hlt.assessment.scoring.Texts;

/**
 * The reasons of the errors file that are about a row as a whole rather than one cell, in the user's language
 * from the library's {@link Texts}; each with the code the file's {@code reason_code} column holds.
 */
final class ErrorTexts {

    /** The code of a row that runs over several lines of its file. */
    static final String SPANS_LINES = "spans_lines";
    /** The code of a row without the client's id, in a file of sessions. */
    static final String NO_CLIENT = "no_client";
    /** The code of a scale score given for an instrument that has no such scale. */
    static final String NO_SUCH_SCALE = "no_such_scale";

    private ErrorTexts() {
    }

    /** Why a row over lines {@code first} to {@code last} is not read: it names its lines, never its cells. */
    static String spansLines(long first, long last, Locale locale) {
        return Texts.format("error.spans_lines", locale, first, last);
    }

    /** Why a row with {@code cells} cells, where the header has {@code expected}, is not read. */
    static String wrongCellCount(int cells, int expected, Locale locale) {
        return Texts.format("error.wrong_cell_count", locale, cells, expected);
    }
}
