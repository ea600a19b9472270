package se.hlt.assessment.csv;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Where a large CSV file is cut for two readers, and what lies before the cut: its records (the header among them)
 * and its lines, so that the reader of the second part numbers rows and lines as one reader of the whole file
 * would.
 *
 * <p>The count takes quotes as RFC 4180 does: a line break between quotes ends no record; CR LF, LF and a lone CR
 * each end a line. A file with stray quotes may be read otherwise by the CSV parser, so the count is only a claim:
 * the reader of the first part checks it against its own reading before the second part's rows are kept.
 *
 * @param position the first byte of the second part
 * @param records the records before it, counted from the start of the file
 * @param lines the lines before it
 */
record SplitPoint(long position, long records, long lines) {

    private static final int BUFFER = 1 << 16;
    /** Eight bytes of a byte array read as one long. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Where the line after position {@code from} starts (after its LF), or {@code size} if none does. */
    static long lineAfter(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        for (long at = from; at < size; ) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return size;
    }

    /** Counts the records and lines of {@code channel} from {@code from} (after a byte order mark) to {@code cut}. */
    static SplitPoint count(FileChannel channel, long from, long cut) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        byte[] bytes = buffer.array();
        long records = 0;
        long lines = 0;
        boolean quoted = false;
        boolean afterCr = false;
        for (long at = from; at < cut; ) {
            buffer.clear();
            buffer.limit((int) Math.min(BUFFER, cut - at));
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (!afterCr && i + Long.BYTES <= read && plain((long) WORDS.get(bytes, i))) {
                    i += Long.BYTES - 1; // eight bytes at a time past the digits and delimiters of most of a file
                    continue;
                }
                byte b = bytes[i];
                if (b == '"') {
                    quoted = !quoted; // a doubled quote toggles twice
                } else if (b == '\r' || (b == '\n' && !afterCr)) {
                    lines++;
                    records += quoted ? 0 : 1;
                }
                afterCr = b == '\r';
            }
            at += read;
        }
        return new SplitPoint(cut, records, lines);
    }

    /** Whether none of the eight bytes of {@code word} is a quote, a CR or an LF. */
    private static boolean plain(long word) {
        return !hasByte(word, '"') && !hasByte(word, '\r') && !hasByte(word, '\n');
    }

    /** Whether a byte of {@code word} is {@code b}: the classic test for a zero byte, of the word xor'ed with it. */
    private static boolean hasByte(long word, char b) {
        long x = word ^ (ONES * b);
        return ((x - ONES) & ~x & HIGH_BITS) != 0;
    }
}
