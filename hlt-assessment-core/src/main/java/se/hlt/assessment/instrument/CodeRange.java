package se.hlt.assessment.instrument;

/**
 * The whole codes from {@code min} to {@code max} inclusive, as a response scale that is a numeric range records
 * its answers: the ORS mark 0.0&ndash;10.0 read to one decimal is the range 0&ndash;100 of integer tenths.
 *
 * @param min the lowest code
 * @param max the highest code
 */
public record CodeRange(int min, int max) {

    /** Checks that the range is neither empty nor negative. */
    public CodeRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad code range " + min + "-" + max);
        }
    }

    /** Returns the codes from {@code min} to {@code max} inclusive. */
    public static CodeRange of(int min, int max) {
        return new CodeRange(min, max);
    }

    /** Whether {@code code} lies in the range. */
    public boolean contains(int code) {
        return code >= min && code <= max;
    }
}
