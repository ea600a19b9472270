package se.hlt.assessment.csv;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * About how many rows a file holds, from its size and the lines of its first 64 KB: what {@code hlt compare} sizes
 * its stores for, so that they are made once at their size. Grown by doubling from a thousand rows instead, a
 * million rows' stores were copied twenty times over, and the young collections that copied them into the old
 * generation took a second and a quarter of a two-file run (bench/results). The estimate only sizes: a store still
 * grows past it, and is never made larger than a fraction of the heap.
 */
final class RowEstimate {

    private static final int SAMPLE = 1 << 16;
    /** A store's bytes per row, about (FormRowStore and the ids' interner); used to keep within the heap. */
    private static final int STORE_BYTES_PER_ROW = 64;

    private RowEstimate() {
    }

    /**
     * About the number of lines of a file of {@code fileBytes} bytes whose start {@code in} is at; {@code in} is left
     * where it was.
     */
    static int of(BufferedInputStream in, long fileBytes) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        int lines = 0;
        for (byte b : sample) {
            lines += b == '\n' ? 1 : 0;
        }
        if (sample.length < SAMPLE || lines == 0) {
            return Math.max(lines, 1);
        }
        long estimate = fileBytes / Math.max(1, sample.length / lines);
        // at most an eighth of the heap for one store: an estimate far off (short first rows) costs no failure
        long room = Runtime.getRuntime().maxMemory() / 8 / STORE_BYTES_PER_ROW;
        return (int) Math.min(Math.min(estimate, room), 1 << 26);
    }
}
