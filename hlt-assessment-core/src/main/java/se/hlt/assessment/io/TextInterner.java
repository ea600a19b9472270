package se.hlt.assessment.io;

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
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    private int count;
    /** Slot &rarr; text number + 1, 0 for a free slot; at most half full. */
    private int[] slots = new int[512];

    /** How many distinct texts have numbers. */
    int size() {
        return count;
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
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(chars, start, end, hash, slot);
            }
            if (hashes[entry] == hash && same(entry, chars, start, end)) {
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
        int hash = hash(chars, 0, chars.length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return BLANK;
            }
            if (hashes[entry] == hash && same(entry, chars, 0, chars.length)) {
                return entry;
            }
        }
    }

    /** The number of text {@code number} of {@code other} in this interner, new or not. */
    int intern(TextInterner other, int number) {
        return intern(other.pool, other.starts[number], other.lengths[number]);
    }

    /** The text numbered {@code number}. */
    String text(int number) {
        return new String(pool, starts[number], lengths[number]);
    }

    /** Writes the text numbered {@code number}, or an empty field for {@link #BLANK}, as the next field. */
    void write(int number, CsvLineWriter out) {
        if (number == BLANK) {
            out.field(pool, 0, 0);
        } else {
            out.field(pool, starts[number], lengths[number]);
        }
    }

    private boolean same(int entry, char[] chars, int start, int end) {
        return lengths[entry] == end - start
                && Arrays.equals(pool, starts[entry], starts[entry] + lengths[entry], chars, start, end);
    }

    private int add(char[] chars, int start, int end, int hash, int slot) {
        int length = end - start;
        if (poolUsed + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + length));
        }
        System.arraycopy(chars, start, pool, poolUsed, length);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        starts[count] = poolUsed;
        lengths[count] = length;
        hashes[count] = hash;
        poolUsed += length;
        slots[slot] = count + 1;
        count++;
        if (count * 2 > slots.length) {
            rehash();
        }
        return count - 1;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int entry = 0; entry < count; entry++) {
            int slot = hashes[entry] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = entry + 1;
        }
        slots = bigger;
    }

    /** A string-like hash, spread so that similar ids ({@code k-1}, {@code k-2}) do not crowd together. */
    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
