package se.hlt.assessment.csv;

import java.util.Arrays;

/**
 * Numbers distinct byte strings 0, 1, 2 ... in order of first sight: the cohort's group of each row, from its
 * grouping cells' bytes, without making a string per row. Open addressing; not thread-safe.
 */
final class ByteKeys {

    private byte[] pool = new byte[1 << 12];
    private int poolUsed;
    private final PoolIndex index = new PoolIndex(64);

    /** How many keys are numbered. */
    int size() {
        return index.size();
    }

    /** The number of {@code length} bytes of {@code bytes}; a new number when they are new. */
    int number(byte[] bytes, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + bytes[i];
        }
        int hash = PoolIndex.spread(h);
        for (int slot = index.firstSlot(hash); ; slot = index.next(slot)) {
            int entry = index.entryAt(slot);
            if (entry < 0) {
                return add(bytes, length, hash, slot);
            }
            if (index.mayBe(entry, hash, length) && Arrays.equals(pool, index.start(entry),
                    index.start(entry) + length, bytes, 0, length)) {
                return entry;
            }
        }
    }

    private int add(byte[] bytes, int length, int hash, int slot) {
        if (poolUsed + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + length));
        }
        System.arraycopy(bytes, 0, pool, poolUsed, length);
        poolUsed += length;
        return index.add(poolUsed - length, length, hash, slot);
    }
}
