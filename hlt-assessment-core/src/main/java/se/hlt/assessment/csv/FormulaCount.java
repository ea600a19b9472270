package se.hlt.assessment.csv;

/**
 * How many cells of text from the input (ids, passed-through cells, group values, column names) started like a
 * spreadsheet formula ({@code = + - @}, tab, carriage return) in the files a run wrote. Numbers the tool computes,
 * such as a change of {@code -4}, are not such text and are never counted or changed.
 *
 * @param cells how many such cells were written
 * @param kept whether they were written as they are ({@code --keep-formulas}); otherwise each got a leading
 *     apostrophe, as OWASP recommends, so that a spreadsheet shows the text rather than runs it
 */
public record FormulaCount(long cells, boolean kept) {

    /** No such cell. */
    public static final FormulaCount NONE = new FormulaCount(0, false);

    /** Checks the count. */
    public FormulaCount {
        if (cells < 0) {
            throw new IllegalArgumentException("cells " + cells);
        }
    }

    /**
     * The count as the tail of a summary line, e.g. {@code ; cells like formulas 2, guarded with '}; empty when
     * there were none.
     */
    public String phrase() {
        if (cells == 0) {
            return "";
        }
        return "; cells like formulas " + cells + (kept ? ", kept as they are" : ", guarded with '");
    }
}
