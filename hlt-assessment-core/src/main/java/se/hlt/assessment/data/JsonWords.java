package se.hlt.assessment.data;

/**
 * The words of the problems {@link DataFiles#readTree(String, JsonWords)} names, in the reader's language. The data
 * layer knows no language: the adapters that read a user's JSON (a form, a series) pass theirs, from the library's
 * texts, and the data files are refused in {@link #ENGLISH}.
 */
public interface JsonWords {

    /** The text is not JSON. */
    String notValid();

    /** More follows the first value. */
    String trailing();

    /** A number whose exponent does not fit the reader. */
    String numberTooLarge();

    /** A key given twice in one object, at {@code path} (e.g. {@code answers.consid}). */
    String givenTwice(String path);

    /** Past one of the parser's limits; {@code detail} is the limit's own message, in English. */
    String overLimit(String detail);

    /** Where, appended to the problem: e.g. {@code " at line 2, column 1"}. */
    String at(long line, long column);

    /** The words in English, as every JSON problem was written before they could be in Swedish. */
    JsonWords ENGLISH = new JsonWords() {
        @Override
        public String notValid() {
            return "not valid JSON";
        }

        @Override
        public String trailing() {
            return "more JSON after the first value";
        }

        @Override
        public String numberTooLarge() {
            return "a number too large to read";
        }

        @Override
        public String givenTwice(String path) {
            return path + ": given twice";
        }

        @Override
        public String overLimit(String detail) {
            return "larger than the reader allows: " + detail;
        }

        @Override
        public String at(long line, long column) {
            return " at line " + line + ", column " + column;
        }
    };
}
