package se.hlt.assessment.csv;

/**
 * A CSV column that answers an SDQ question, and where that answer goes on each timepoint's form.
 *
 * @param column the column's position in a row
 * @param header the column's name as the header spells it, e.g. {@code pconsid}
 * @param question the question's short name on this version, e.g. {@code consid}; for {@code plies} on the
 *     2&ndash;4 version, {@code argues}
 * @param indexByTimepoint the question's position in the answer array of the baseline form [0] and the follow-up
 *     form [1], or -1 where that form does not ask it (the answer is then checked, reported in the flags as
 *     {@code not_on_this_version}, and not used)
 * @param codes the codes the question accepts, as ticked (index = code), used where the form does not ask it
 * @param allowedText what the column accepts under the file's coding, for a message
 */
record SdqQuestionColumn(int column, String header, String question, int[] indexByTimepoint, boolean[] codes,
                         String allowedText) {

    /** Whether {@code code} (as ticked) is one of the question's codes. */
    boolean isCode(int code) {
        return code >= 0 && code < codes.length && codes[code];
    }

    /** The question's highest code, as ticked. */
    int topCode() {
        return codes.length - 1;
    }
}
