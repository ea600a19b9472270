package se.hlt.assessment.privacy;

import java.util.OptionalLong;

/**
 * Judges a column of values as a whole for personal identity numbers, where a cell alone cannot tell. Ten or
 * twelve digits written together are as often a time stamp (twelve digits YYYYMMDDhhmm) or a phone number as a
 * personal number; of those with a plausible date, one in ten has a valid check digit by chance. In a column of
 * personal numbers every bare value has a plausible date and a valid check digit; in a column of time stamps about
 * a tenth do, of phone numbers fewer. So a column is judged personal when any value is a number written as one
 * ({@link PersonalIdentityNumbers#looksLike}, with separators or inside text), or when it has bare numbers with a
 * valid check digit and either too few bare values to tell (under {@value #ENOUGH}) or more valid ones than
 * chance explains (over 30% of its bare values; for a column of 20 time stamps that happens about once in 400, of
 * 100 about once in a billion). The price: one real number among a hundred time stamps passes; a user who mixes
 * them has other troubles, and every other shape is still refused cell by cell.
 *
 * <p>A user who knows better vouches for a column by name (the commands' {@code --not-personal COLUMN}), and it is
 * not screened at all. Not thread-safe: one per column and reading.
 */
public final class IdentityNumberColumn {

    /** The fewest bare numbers whose check digits tell chance from personal numbers. */
    static final int ENOUGH = 20;

    /** Values that are ten or twelve digits alone. */
    private long bareValues;
    /** Of those, values with a plausible date and a valid check digit. */
    private long bareValid;
    private long firstRow = -1;
    private boolean written;

    /**
     * Adds the value of row {@code row}.
     *
     * @return whether the value is a number written as one, so that the column is personal whatever else it has
     */
    public boolean add(CharSequence value, long row) {
        int bare = PersonalIdentityNumbers.bare(value);
        if (bare > 0) {
            bareValues++;
            if (bare == 3) {
                bareValid++;
                firstRow = firstRow < 0 ? row : firstRow;
            }
            return false;
        }
        if (PersonalIdentityNumbers.looksLike(value)) {
            written = true;
            firstRow = firstRow < 0 ? row : firstRow;
            return true;
        }
        return false;
    }

    /** Whether the column, as far as it has been read, holds personal identity numbers. */
    public boolean isPersonal() {
        if (written) {
            return true;
        }
        return bareValid > 0 && (bareValues < ENOUGH || bareValid * 10 > bareValues * 3);
    }

    /** The first row with a value that counts towards {@link #isPersonal}, if any. */
    public OptionalLong firstRow() {
        return firstRow < 0 ? OptionalLong.empty() : OptionalLong.of(firstRow);
    }
}
