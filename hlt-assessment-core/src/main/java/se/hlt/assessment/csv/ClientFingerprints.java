package se.hlt.assessment.csv;

import java.util.Arrays;

/**
 * Remembers which clients' rows have ended, to notice a client whose rows are not together in the file. A series
 * is assessed when its client's rows end, so rows of that client further down would be a second, wrong series.
 *
 * <p>Only a 64-bit fingerprint of each id is kept, in an open-addressing table of {@code long}s: 8 to 16 bytes per
 * client, never the ids or the rows. This is the one part of the batch's memory that grows with the file (some
 * 1.6 MB for 100,000 clients); everything else is bounded by the largest client's rows. Two different ids share a
 * fingerprint with a probability of about n&sup2;/2<sup>65</sup> (3 in 100 million for a million clients); the
 * worst that could do is refuse a good file, never score a bad one.
 */
final class ClientFingerprints {

    private static final long EMPTY = 0;
    private long[] table = new long[1 << 10];
    private int size;

    /**
     * Records {@code client}'s fingerprint.
     *
     * @return false if it was recorded before: the client's rows have ended once already
     */
    boolean add(CharSequence client) {
        long f = fingerprint(client);
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) (f ^ (f >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = f;
                size++;
                return true;
            }
            if (table[i] == f) {
                return false;
            }
        }
    }

    /** A 64-bit FNV-1a hash of the characters, finished with a strong mix, never 0 (the empty slot). */
    static long fingerprint(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long f : old) {
            if (f != EMPTY) {
                int i = (int) (f ^ (f >>> 32)) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = f;
            }
        }
        Arrays.fill(old, EMPTY);
    }
}
