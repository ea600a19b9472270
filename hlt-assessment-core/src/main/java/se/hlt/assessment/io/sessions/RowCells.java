package se.hlt.assessment.io.sessions;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The current CSV row as FastCSV's parser hands it over, cell by cell, copied into one reused buffer: reading a row
 * creates no objects. The same instance stands for every row and is valid until the next is read.
 *
 * <p>Why not FastCSV's own records: they make a {@code String} of every cell, a dozen per row, only for most of them
 * to be read as a number.
 */
final class RowCells extends AbstractBaseCsvCallbackHandler<RowCells> {

    private char[] chars = new char[1024];
    private int used;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int count;
    private final View view = new View();

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
        used = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        System.arraycopy(buffer, offset, chars, used, length);
        starts[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    @Override
    protected RowCells buildRecord() {
        return this;
    }

    /** Whether the row is a completely empty line (not a row of empty cells). */
    boolean isBlankLine() {
        return getRecordType() == RecordType.EMPTY;
    }

    /** How many cells the row has. */
    int size() {
        return count;
    }

    /** Cell {@code i} as a new string (for the header and messages; rows avoid it). */
    String text(int i) {
        return new String(chars, starts[i], lengths[i]);
    }

    /** Every cell as a string. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(i));
        }
        return texts;
    }

    /** Cell {@code i} as a view without copying; valid until the next call of this method or the next row. */
    CharSequence cell(int i) {
        return view.of(chars, starts[i], lengths[i]);
    }

    /** Copies every cell into {@code row}, which keeps them until the client's rows are written. */
    void copyInto(SessionRow row) {
        row.setCells(chars, used, starts, lengths, count);
    }

    /** A window on some characters of a buffer. */
    static final class View implements CharSequence {
        private char[] buffer;
        private int start;
        private int length;

        View of(char[] newBuffer, int newStart, int newLength) {
            buffer = newBuffer;
            start = newStart;
            length = newLength;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return buffer[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(buffer, start + from, to - from);
        }

        @Override
        public String toString() {
            return new String(buffer, start, length);
        }
    }
}
