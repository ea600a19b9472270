package se.hlt.assessment.csv;

import java.util.Arrays;

/**
 * Gives each distinct text a small number, 0, 1, 2 ... in order of first sight, reading it straight from a CSV
 * row's buffer: pairing keeps the ids and pass-through values of millions of rows, most of them repeats (an
 * area, a period), and a number per row is far smaller than a string per row. A text is copied once, when it is
 * first seen.
 *
 * <p>Texts are compared without surrounding whitespace, which a spreadsheet adds unseen; a blank text has no
 * number. Open addressing over one character pool; not thread-safe (one per reading thread).
 */
final class TextInterner {

    /** The number of a blank text. */
    static final int BLANK = -1;

    private char[] pool = new char[1 << 12];
    private int poolUsed;
    private final PoolIndex index;

    /** An interner for a few hundred texts before it first grows. */
    TextInterner() {
        this(256);
    }

    /** An interner for about {@code expected} texts before its index first grows (see {@link RowEstimate}). */
    TextInterner(int expected) {
        index = new PoolIndex(Integer.highestOneBit(Math.max(expected, 128) * 2 - 1));
    }

    /** How many distinct texts have numbers. */
    int size() {
        return index.size();
    }

    /** The number of the text in {@code length} characters of {@code chars} from {@code offset}, new or not. */
    int intern(char[] chars, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return BLANK;
        }
        int hash = hash(chars, start, end);
        int found = probe(chars, start, end, hash);
        return found >= 0 ? found : add(chars, start, end, hash, -found - 1);
    }

    /** The number of the text, or &minus;(the free slot where it would go + 1). */
    private int probe(char[] chars, int start, int end, int hash) {
        for (int slot = index.firstSlot(hash); ; slot = index.next(slot)) {
            int entry = index.entryAt(slot);
            if (entry < 0) {
                return -slot - 1;
            }
            if (index.mayBe(entry, hash, end - start) && Arrays.equals(pool, index.start(entry),
                    index.start(entry) + index.length(entry), chars, start, end)) {
                return entry;
            }
        }
    }

    /** The number of {@code text} (without surrounding whitespace), if it has one; nothing is added. */
    int find(String text) {
        char[] chars = text.strip().toCharArray();
        if (chars.length == 0) {
            return BLANK;
        }
        int found = probe(chars, 0, chars.length, hash(chars, 0, chars.length));
        return found >= 0 ? found : BLANK;
    }

    /** The number of text {@code number} of {@code other} in this interner, new or not. */
    int intern(TextInterner other, int number) {
        return intern(other.pool, other.index.start(number), other.index.length(number));
    }

    /** The text numbered {@code number}. */
    String text(int number) {
        return new String(pool, index.start(number), index.length(number));
    }

    /** Writes the text numbered {@code number}, or an empty field for {@link #BLANK}, as the next field. */
    void write(int number, CsvLineWriter out) {
        if (number == BLANK) {
            out.field(pool, 0, 0);
        } else {
            out.text(pool, index.start(number), index.length(number));
        }
    }

    private int add(char[] chars, int start, int end, int hash, int slot) {
        int length = end - start;
        if (poolUsed + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + length));
        }
        System.arraycopy(chars, start, pool, poolUsed, length);
        poolUsed += length;
        return index.add(poolUsed - length, length, hash, slot);
    }

    /** A string-like hash, spread so that similar ids ({@code k-1}, {@code k-2}) do not crowd together. */
    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return PoolIndex.spread(h);
    }
}
