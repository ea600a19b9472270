package se.hlt.assessment.csv;

import java.util.Arrays;

/**
 * The bookkeeping an interner of texts in one pool needs, whatever the pool holds (chars in
 * {@link TextInterner}, bytes in {@link ByteKeys}): where each entry lies in the pool and its hash, and an
 * open-addressing table from hash to entry, at most half full. The interner compares an entry's contents itself.
 * Not thread-safe.
 */
final class PoolIndex {

    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int count;
    /** Slot &rarr; entry + 1, 0 for a free slot. */
    private int[] slots;

    /**
     * An index sized for about {@code expected} entries before it first grows.
     *
     * @throws IllegalArgumentException unless {@code expected} is a power of two: slots are found by masking, and
     *     another size would send a search round forever
     */
    PoolIndex(int expected) {
        if (expected <= 0 || Integer.bitCount(expected) != 1) {
            throw new IllegalArgumentException("not a power of two: " + expected);
        }
        starts = new int[expected];
        lengths = new int[expected];
        hashes = new int[expected];
        slots = new int[2 * expected];
    }

    /** How many entries there are. */
    int size() {
        return count;
    }

    /** The first slot to look in for {@code hash}; then {@link #next(int)}. */
    int firstSlot(int hash) {
        return hash & (slots.length - 1);
    }

    /** The slot after {@code slot}, wrapping round. */
    int next(int slot) {
        return (slot + 1) & (slots.length - 1);
    }

    /** The entry in {@code slot}, or &minus;1 for a free slot (where the search ends). */
    int entryAt(int slot) {
        return slots[slot] - 1;
    }

    /** Whether entry {@code entry} has hash {@code hash} and {@code length} elements (worth comparing). */
    boolean mayBe(int entry, int hash, int length) {
        return hashes[entry] == hash && lengths[entry] == length;
    }

    int start(int entry) {
        return starts[entry];
    }

    int length(int entry) {
        return lengths[entry];
    }

    /**
     * Records a new entry at {@code start} in the pool, found missing at the free {@code slot}, and returns its
     * number (the next one).
     */
    int add(int start, int length, int hash, int slot) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        starts[count] = start;
        lengths[count] = length;
        hashes[count] = hash;
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

    /** A string-like hash of an element sum, spread so that similar keys ({@code k-1}, {@code k-2}) do not crowd. */
    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
