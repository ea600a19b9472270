package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Splits a stretch of a CSV file into records, reading bytes straight from the file: the delimiter, quotes and
 * line ends are ASCII, so UTF-8 text need not be decoded to find them. Quoting as RFC 4180 (a field in quotes may
 * hold delimiters, line breaks and doubled quotes); records end at LF, CRLF or CR outside quotes.
 *
 * <p>Why not FastCSV, as the batch uses: it decodes and copies every character, some 180 MB/s on the project's
 * machine, and a pairs file of a million pairs is over 600 MB; the cohort reads a few columns of it. Scanning
 * bytes is several times faster, and since each stretch of the file can be scanned by a thread of its own,
 * {@link #scan} takes a start and an end.
 */
final class ByteCsvScanner {

    /** Told each record. */
    @FunctionalInterface
    interface Records {
        /**
         * One record, valid until the call returns.
         *
         * @return whether to go on
         */
        boolean record(ByteRecord record);
    }

    private static final int CHUNK = 1 << 20;

    private final FileChannel channel;
    private final byte delimiter;
    private final ByteRecord record = new ByteRecord();
    private byte[] buffer = new byte[CHUNK];

    ByteCsvScanner(FileChannel channel, char delimiter) {
        this.channel = channel;
        this.delimiter = (byte) delimiter;
    }

    /**
     * Hands {@code records} every record that starts at or after {@code from} and before {@code to}; the last may
     * end after {@code to}.
     *
     * @param from where a record starts
     * @param to where to stop; the file's size to read to its end
     * @return where the last record handed over ends (the start of the next)
     * @throws IOException if the file cannot be read
     */
    long scan(long from, long to, Records records) throws IOException {
        long base = from;
        int position = 0;
        int length = 0;
        boolean end = false;
        while (base + position < to) {
            int next = position < length ? parse(position, length, end) : -1;
            if (next < 0) {
                if (end) {
                    break;
                }
                // the record runs past the buffer: keep its start, read on
                System.arraycopy(buffer, position, buffer, 0, length - position);
                base += position;
                length -= position;
                position = 0;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = channel.read(ByteBuffer.wrap(buffer, length, buffer.length - length), base + length);
                if (read < 0) {
                    end = true;
                } else {
                    length += read;
                }
                continue;
            }
            position = next;
            if (!records.record(record)) {
                break;
            }
        }
        return base + position;
    }

    /**
     * Parses the record at {@code at} into {@link #record}.
     *
     * @param atEnd whether the buffer holds the file's last bytes (so a record may end without a line end)
     * @return where the next record starts, or -1 when the buffer ends before the record does
     */
    private int parse(int at, int length, boolean atEnd) {
        byte[] b = buffer;
        byte d = delimiter;
        record.clear(b);
        int i = at;
        while (true) {
            if (i < length && b[i] == '"') {
                int start = ++i;
                while (true) {
                    if (i >= length) {
                        return atEnd ? endQuotedAtEnd(start, length) : -1;
                    }
                    if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= length || b[i + 1] != '\n')) {
                        record.lineBreakInside(); // LF, CRLF or a lone CR: one line more
                    }
                    if (b[i] == '"') {
                        if (i + 1 < length && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        if (i + 1 >= length && !atEnd) {
                            return -1;
                        }
                        break;
                    }
                    i++;
                }
                record.add(start, i, true);
                i++; // the closing quote; anything up to the delimiter is ignored, as a lenient reader does
                while (i < length && b[i] != d && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
            } else {
                int start = i;
                while (i < length) {
                    byte c = b[i];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                }
                record.add(start, i, false);
            }
            if (i >= length) {
                return atEnd ? length : -1;
            }
            byte c = b[i];
            if (c == d) {
                i++;
                continue;
            }
            if (c == '\n') {
                return i + 1;
            }
            // a carriage return: CRLF, or a lone CR ending the record
            if (i + 1 < length) {
                return b[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return atEnd ? i + 1 : -1;
        }
    }

    /** A quoted field left open at the end of the file: it runs to the end. */
    private int endQuotedAtEnd(int start, int length) {
        if (length > start && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r')) {
            record.lastLineEnded(); // the file's last line end ends a line; it starts none
        }
        record.add(start, length, true);
        return length;
    }
}
