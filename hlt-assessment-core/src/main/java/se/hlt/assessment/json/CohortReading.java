package se.hlt.assessment.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * What reading the pairs files for a cohort did: every row is used or left out, {@code rows = used + leftOut}.
 *
 * @param rows the pairs read (blank lines are not rows)
 * @param used the pairs in the report
 * @param leftOut the rows left out because a cell could not be read
 * @param blankLines the completely empty lines skipped
 * @param lines the lines of the files read, headers and blank ones included: a row that runs over lines (an open
 *     quote) counts them all, so every line is accounted for
 * @param problems the first rows left out, with the reasons
 * @param delimiter the first file's delimiter, which the cohort file uses too
 * @param utf8Bom whether the first file starts with a byte order mark, as the cohort file then does
 * @param encoding the encodings the files were read in, e.g. {@code utf-8} or {@code utf-8, windows-1252}; the
 *     cohort file is written in the first file's
 * @param crlf whether the first file's lines end in CR LF, as the cohort file's then do
 */
public record CohortReading(long rows, long used, long leftOut, long blankLines, long lines,
                            List<RowProblem> problems,
                            @JsonIgnore char delimiter, @JsonIgnore boolean utf8Bom,
                            @JsonIgnore String encoding, @JsonIgnore boolean crlf) {

    /** A reading of UTF-8 files with LF line ends. */
    public CohortReading(long rows, long used, long leftOut, long blankLines, long lines, List<RowProblem> problems,
                         char delimiter, boolean utf8Bom) {
        this(rows, used, leftOut, blankLines, lines, problems, delimiter, utf8Bom, "utf-8", false);
    }

    /** Checks that the counts reconcile and copies the list. */
    public CohortReading {
        problems = List.copyOf(problems);
        Objects.requireNonNull(encoding, "encoding");
        if (used < 0 || leftOut < 0 || rows != used + leftOut) {
            throw new IllegalArgumentException("rows " + rows + " != used " + used + " + left out " + leftOut);
        }
    }

    /**
     * A row left out.
     *
     * @param file the file's name
     * @param row the row as a spreadsheet shows it (the header is row 1)
     * @param column the column at fault, or empty for the row as a whole
     * @param reason why, in English; never the cell's value
     */
    public record RowProblem(String file, long row, String column, String reason) {

        /** Checks every part. */
        public RowProblem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
