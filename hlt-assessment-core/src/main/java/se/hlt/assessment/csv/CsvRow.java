package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * The current CSV row, as FastCSV's parser hands it over cell by cell: the cells' characters are copied into
 * one reused buffer, so that reading a row creates no objects. The same instance is returned for every row and
 * is valid until the next is read.
 *
 * <p>Why not FastCSV's own records: they make a {@code String} of every cell, some 40 per row, only for most of
 * them to be parsed as a single digit. Here a digit is read straight from the buffer, and a cell becomes a
 * {@code String} only when a message needs it.
 *
 * <p>The cells are kept separated by the delimiter, and it is noted whether any needs quotes; for the usual row,
 * which has none, the output's copy of the input cells is then one block.
 */
final class CsvRow extends AbstractBaseCsvCallbackHandler<CsvRow> {

    private final char delimiter;
    private char[] chars = new char[4096];
    private int used;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int count;
    /** Whether no cell holds the delimiter, a quote or a line break (so none needs quotes when written). */
    private boolean plain;
    /** The physical line the row starts on, counting from 1, and the line breaks inside its cells. */
    private long firstLine;
    private int lineBreaks;
    /** Whether the last cell ends in a line break: a quote left open to the end of the file. */
    private boolean endsInBreak;
    private final Cell cell = new Cell();

    /** A row of a file whose cells are separated by {@code delimiter}. */
    public CsvRow(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
        used = 0;
        plain = true;
        firstLine = startingLineNumber;
        lineBreaks = 0;
        endsInBreak = false;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        endsInBreak = false;
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + length + 1 > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length + 1));
        }
        if (count > 0) {
            chars[used++] = delimiter;
        }
        char[] to = chars;
        int at = used;
        char d = delimiter;
        boolean plainCell = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[offset + i];
            to[at + i] = c;
            if (c == d || (c <= '"' && (c == '"' || c == '\n' || c == '\r'))) {
                plainCell = false;
            }
        }
        if (!plainCell) {
            countLineBreaks(to, at, length);
        }
        plain &= plainCell;
        starts[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    /** Counts the line breaks of a cell (CR LF, LF or a lone CR, each one) that has a special character. */
    private void countLineBreaks(char[] cellChars, int from, int length) {
        endsInBreak = false;
        for (int i = from; i < from + length; i++) {
            char c = cellChars[i];
            if (c == '\n' || c == '\r' && (i + 1 == from + length || cellChars[i + 1] != '\n')) {
                lineBreaks++;
                endsInBreak = i + 1 == from + length;
            }
        }
    }

    @Override
    protected CsvRow buildRecord() {
        return this;
    }

    /** Whether the row is a completely empty line (not a row of empty cells). */
    public boolean isBlankLine() {
        return getRecordType() == RecordType.EMPTY;
    }

    /**
     * Whether the row runs over more than one line of the file: a cell holds a line break, as a quote that is
     * never closed makes the rest of the file one cell.
     */
    boolean spansLines() {
        return lineBreaks > 0;
    }

    /** Whether every line break of the row is in one of {@code allowed} (column positions). */
    boolean breaksOnlyIn(int[] allowed) {
        for (int c = 0; c < count; c++) {
            if (hasBreak(c) && !contains(allowed, c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] columns, int column) {
        for (int c : columns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBreak(int c) {
        for (int i = starts[c]; i < starts[c] + lengths[c]; i++) {
            if (chars[i] == '\n' || chars[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Why a row that {@link #spansLines() spans lines} is not read, naming its lines (never its cells). */
    String spanReason() {
        return spanReason(firstLine, lastLine());
    }

    /** Why a row that runs over lines {@code first} to {@code last} of its file is not read. */
    static String spanReason(long first, long last) {
        return ErrorTexts.spansLines(first, last, java.util.Locale.ENGLISH);
    }

    /** The first cell that looks like a personal identity number ({@link PersonalIdentityNumbers}), or -1. */
    int firstPersonalCell() {
        for (int c = 0; c < count; c++) {
            if (PersonalIdentityNumbers.looksLike(cell(c))) {
                return c;
            }
        }
        return -1;
    }

    /** The line of the file the row starts on, counting from 1. */
    long firstLine() {
        return firstLine;
    }

    /** The last line of the file the row takes. */
    long lastLine() {
        return firstLine + lineBreaks - (endsInBreak && count > 0 ? 1 : 0);
    }

    /** How many cells the row has. */
    public int size() {
        return count;
    }

    /** Cell {@code i} as a new string (for messages and the header; the hot path avoids it). */
    public String text(int i) {
        return new String(chars, starts[i], lengths[i]);
    }

    /** Every cell as a string. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(i));
        }
        return texts;
    }

    /** Cell {@code i} as a view without copying; valid until the next call of this method or the next row. */
    public CharSequence cell(int i) {
        return cell.of(starts[i], lengths[i]);
    }

    /** Cell {@code i} read as a small whole number, or {@link SmallInts#BLANK} or {@link SmallInts#NOT_WHOLE}. */
    int smallInt(int i) {
        return SmallInts.scan(chars, starts[i], lengths[i]);
    }

    /** Cell {@code i} read as an ISO 8601 date, or {@link IsoDates#BLANK} or {@link IsoDates#UNREADABLE}. */
    int isoDate(int i) {
        return IsoDates.scan(chars, starts[i], lengths[i]);
    }

    /**
     * Cell {@code i}, without surrounding whitespace, as its number in {@code texts} (added there if new), or -1
     * when the cell is blank. Copies nothing unless the text is new.
     */
    int intern(int i, TextInterner texts) {
        return texts.intern(chars, starts[i], lengths[i]);
    }

    /** Whether cell {@code i} is empty or only whitespace. */
    boolean isBlank(int i) {
        return SmallInts.isBlank(chars, starts[i], lengths[i]);
    }

    /** Writes every cell, unchanged, as the next fields of {@code out} (which uses the same delimiter). */
    void copyCells(CsvLineWriter out) {
        out.rowCells(chars, used, starts, lengths, count, plain);
    }

    /** Copies every cell into {@code copy}, to be written after the next rows are read. */
    public void copyInto(CsvRowCopy copy) {
        copy.set(chars, used, starts, lengths, count, plain);
    }

    /** A window on one cell of the buffer. */
    private final class Cell implements CharSequence {
        private int start;
        private int length;

        Cell of(int newStart, int newLength) {
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
            return chars[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(chars, start + from, to - from);
        }

        @Override
        public String toString() {
            return new String(chars, start, length);
        }
    }
}
