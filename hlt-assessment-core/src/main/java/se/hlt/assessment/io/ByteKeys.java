package se.hlt.assessment.io;

import java.util.Arrays;

/**
 * Numbers distinct byte strings 0, 1, 2 ... in order of first sight: the cohort's group of each row, from its
 * grouping cells' bytes, without making a string per row. Open addressing; not thread-safe.
 */
final class ByteKeys {

    private byte[] pool = new byte[1 << 12];
    private int poolUsed;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    private int count;
    private int[] slots = new int[128];

    /** How many keys are numbered. */
    int size() {
        return count;
    }

    /** The number of {@code length} bytes of {@code bytes}; a new number when they are new. */
    int number(byte[] bytes, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + bytes[i];
        }
        hash *= 0x9E3779B9;
        hash ^= hash >>> 16;
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return add(bytes, length, hash, slot);
            }
            if (hashes[entry] == hash && lengths[entry] == length
                    && Arrays.equals(pool, starts[entry], starts[entry] + length, bytes, 0, length)) {
                return entry;
            }
        }
    }

    private int add(byte[] bytes, int length, int hash, int slot) {
        if (poolUsed + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + length));
        }
        System.arraycopy(bytes, 0, pool, poolUsed, length);
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
            int[] bigger = new int[slots.length * 2];
            int biggerMask = bigger.length - 1;
            for (int e = 0; e < count; e++) {
                int s = hashes[e] & biggerMask;
                while (bigger[s] != 0) {
                    s = (s + 1) & biggerMask;
                }
                bigger[s] = e + 1;
            }
            slots = bigger;
        }
        return count - 1;
    }
}
