package se.hlt.assessment.instrument;

/**
 * An inclusive range of ages in whole years, such as the 4&ndash;17 of an SDQ version.
 *
 * @param min the youngest age, in years, inclusive
 * @param max the oldest age, in years, inclusive
 */
public record AgeRange(int min, int max) {

    /** Checks that the range is not empty or negative. */
    public AgeRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad age range " + min + "-" + max);
        }
    }

    /** Returns an age range from {@code min} to {@code max} years inclusive. */
    public static AgeRange of(int min, int max) {
        return new AgeRange(min, max);
    }

    /** Whether a child of {@code years} whole years lies in this range. */
    public boolean contains(int years) {
        return years >= min && years <= max;
    }

    /** Whether this range and {@code other} share at least one age. */
    public boolean overlaps(AgeRange other) {
        return min <= other.max && other.min <= max;
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }
}
