package se.hlt.assessment.csv;

/**
 * What a completed sessions batch did. Every input row was either scored or written to the errors file, so
 * {@code rows == scored + errors} always.
 *
 * @param rows the input rows (blank lines are not rows)
 * @param scored the rows written, scored, to the output file
 * @param errors the rows written to the errors file instead
 * @param blankLines the completely empty lines skipped
 * @param clients the clients read
 * @param seriesRows the rows of the series file (one per client, episode and rater), 0 when none was asked for
 * @param lines the lines of the file read, the header's and blank ones included
 * @param formulas the cells of input text written that started like a spreadsheet formula
 * @param encoding the encoding the file was read in
 */
public record SessionsSummary(long rows, long scored, long errors, long blankLines, long clients, long seriesRows,
                              long lines, FormulaCount formulas, TextEncoding encoding) {

    /** A summary of a UTF-8 file. */
    public SessionsSummary(long rows, long scored, long errors, long blankLines, long clients, long seriesRows,
                           long lines, FormulaCount formulas) {
        this(rows, scored, errors, blankLines, clients, seriesRows, lines, formulas, TextEncoding.UTF_8);
    }

    /** Checks that the counts reconcile. */
    public SessionsSummary {
        java.util.Objects.requireNonNull(formulas, "formulas");
        java.util.Objects.requireNonNull(encoding, "encoding");
        if (scored < 0 || errors < 0 || blankLines < 0 || clients < 0 || seriesRows < 0 || rows != scored + errors) {
            throw new IllegalArgumentException("rows " + rows + " != scored " + scored + " + errors " + errors);
        }
    }

    /** The counts in one line, e.g. {@code rows 120, scored 118, errors 2; lines read 121}. */
    public String line() {
        return "rows " + rows + ", scored " + scored + ", errors " + errors + "; lines read " + lines
                + formulas.phrase() + TextEncoding.phrase(java.util.List.of(encoding));
    }

    /** This summary with {@code count} as its formula-like cells. */
    public SessionsSummary withFormulas(FormulaCount count) {
        return new SessionsSummary(rows, scored, errors, blankLines, clients, seriesRows, lines, count, encoding);
    }

    /** This summary with {@code read} as the encoding the file was read in. */
    public SessionsSummary withEncoding(TextEncoding read) {
        return new SessionsSummary(rows, scored, errors, blankLines, clients, seriesRows, lines, formulas, read);
    }

    /** Whether every row was scored. */
    public boolean allScored() {
        return errors == 0;
    }
}
