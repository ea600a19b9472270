package se.hlt.assessment.csv;

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
 */
public record BatchSummary(long rows, long scored, long errors, long blankLines, boolean idsFromRowNumbers,
                           Informant informant, String version, long lines, FormulaCount formulas) {

    /** Checks that the counts reconcile. */
    public BatchSummary {
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(formulas, "formulas");
        if (scored < 0 || errors < 0 || blankLines < 0 || rows != scored + errors) {
            throw new IllegalArgumentException("rows " + rows + " != scored " + scored + " + errors " + errors);
        }
    }

    /** The counts in one line, e.g. {@code rows 120, scored 118, errors 2; lines read 121}. */
    public String line() {
        return "rows " + rows + ", scored " + scored + ", errors " + errors + "; lines read " + lines
                + formulas.phrase();
    }

    /** This summary with {@code count} as its formula-like cells. */
    public BatchSummary withFormulas(FormulaCount count) {
        return new BatchSummary(rows, scored, errors, blankLines, idsFromRowNumbers, informant, version, lines,
                count);
    }

    /** Whether every row was scored. */
    public boolean allScored() {
        return errors == 0;
    }
}
