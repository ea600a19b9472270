package se.hlt.assessment.csv;

import java.util.List;
import java.util.Objects;
import se.hlt.assessment.instrument.Informant;

/**
 * What a completed batch did. Every input row was either scored or written to the errors file, so
 * {@code rows == scored + errors} always.
 *
 * @param rows the input rows (blank lines are not rows)
 * @param scored the rows written, with scores, to the output file
 * @param errors the rows written to the errors file instead
 * @param blankLines the completely empty lines skipped
 * @param idsFromRowNumbers whether the file had no id column, so rows are identified by their row number
 * @param informant whose forms the file holds, from the columns' prefix
 * @param version the version of the form scored, e.g. {@code 4-17}
 * @param lines the lines of the file read, the header's and blank ones included: with a row that runs over
 *     several lines (an open quote), more than rows and blank lines together, and every one accounted for
 * @param formulas the cells of input text written that started like a spreadsheet formula
 * @param encoding the encoding the file was read in
 * @param notes what the run noticed about the file as a whole, in the order noticed
 */
public record BatchSummary(long rows, long scored, long errors, long blankLines, boolean idsFromRowNumbers,
                           Informant informant, String version, long lines, FormulaCount formulas,
                           TextEncoding encoding, List<ReadingNote> notes) {

    /** A summary of a UTF-8 file with nothing to note. */
    public BatchSummary(long rows, long scored, long errors, long blankLines, boolean idsFromRowNumbers,
                        Informant informant, String version, long lines, FormulaCount formulas) {
        this(rows, scored, errors, blankLines, idsFromRowNumbers, informant, version, lines, formulas,
                TextEncoding.UTF_8, List.of());
    }

    /** Checks that the counts reconcile. */
    public BatchSummary {
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(formulas, "formulas");
        Objects.requireNonNull(encoding, "encoding");
        notes = List.copyOf(notes);
        if (scored < 0 || errors < 0 || blankLines < 0 || rows != scored + errors) {
            throw new IllegalArgumentException("rows " + rows + " != scored " + scored + " + errors " + errors);
        }
    }

    /**
     * The counts in one line, e.g. {@code rows 120, scored 118, errors 2; lines read 121}, and the encoding when it
     * is not UTF-8 ({@code ; read as windows-1252}): a UTF-8 file's line stays as scripts know it.
     */
    public String line() {
        return "rows " + rows + ", scored " + scored + ", errors " + errors + "; lines read " + lines
                + formulas.phrase() + TextEncoding.phrase(List.of(encoding));
    }

    /** This summary with {@code count} as its formula-like cells. */
    public BatchSummary withFormulas(FormulaCount count) {
        return new BatchSummary(rows, scored, errors, blankLines, idsFromRowNumbers, informant, version, lines,
                count, encoding, notes);
    }

    /** This summary with the encoding read and {@code found} as its notes. */
    public BatchSummary withReading(TextEncoding read, List<ReadingNote> found) {
        return new BatchSummary(rows, scored, errors, blankLines, idsFromRowNumbers, informant, version, lines,
                formulas, read, found);
    }

    /** Whether every row was scored. */
    public boolean allScored() {
        return errors == 0;
    }
}
