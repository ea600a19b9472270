package se.hlt.assessment.csv;

/**
 * The cells of a {@link CsvRow}, copied to be written out, unchanged, after the reader has moved on: the sessions
 * batch holds a client's rows until the client's series is assessed.
 *
 * <p>Reused: each copy overwrites the last, and the buffers grow only for a row larger than any before, so that
 * holding rows allocates nothing per row. The cells keep the row's layout (separated by the delimiter, with a note
 * of whether any needs quotes), so that a plain row is again written as one block.
 */
final class CsvRowCopy {

    private char[] chars = new char[256];
    private int used;
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int count;
    private boolean plain;

    /** Takes over a row's cells; see {@link CsvRow#copyInto(CsvRowCopy)}. */
    void set(char[] source, int sourceUsed, int[] sourceStarts, int[] sourceLengths, int cells, boolean sourcePlain) {
        if (chars.length < sourceUsed) {
            chars = new char[Math.max(sourceUsed, chars.length * 2)];
        }
        if (starts.length < cells) {
            starts = new int[Math.max(cells, starts.length * 2)];
            lengths = new int[starts.length];
        }
        System.arraycopy(source, 0, chars, 0, sourceUsed);
        System.arraycopy(sourceStarts, 0, starts, 0, cells);
        System.arraycopy(sourceLengths, 0, lengths, 0, cells);
        used = sourceUsed;
        count = cells;
        plain = sourcePlain;
    }

    /** How many cells the row has. */
    public int size() {
        return count;
    }

    /** Writes every cell, unchanged, as the next fields of {@code out} (which uses the delimiter of the file read). */
    public void copyCells(CsvLineWriter out) {
        out.rowCells(chars, used, starts, lengths, count, plain);
    }
}
