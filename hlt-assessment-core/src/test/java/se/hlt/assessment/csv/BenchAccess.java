package se.hlt.assessment.csv;

/**
 * Opens the CSV package's hand-made cell parsing to the JMH benchmarks in {@code se.hlt.assessment.bench}, which
 * compare it with the JDK's; test code only.
 */
public final class BenchAccess {

    /** The cell's sentinel for empty or whitespace, as {@link SmallInts#parse} returns it. */
    public static final int BLANK = SmallInts.BLANK;

    private BenchAccess() {
    }

    /** {@link SmallInts#parse}. */
    public static int smallInt(char[] chars, int offset, int length) {
        return SmallInts.parse(chars, offset, length);
    }
}
