package se.hlt.assessment.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading at a carriage return inside a quoted cell that is not followed by a line feed.
 *
 * <p>Why: FastCSV 4.0.0 misreads such a cell when lines end in LF. It keeps the carriage return in mind past
 * the closing quote and takes the line feed that ends the row for the second half of a CRLF, so the row runs
 * into the next one and a cell is lost: two rows become one, silently (4.4.0 reads it correctly). Refusing
 * the file is honest where reading on is not. A CRLF inside quotes, and CR line ends outside quotes, are read
 * correctly and pass.
 *
 * <p>The check looks at each character once; most are skipped by a single comparison. Public so that every CSV
 * batch (the SDQ's here, the ORS/SRS sessions in {@code io.sessions}) reads through the same guard.
 */
public final class LoneCarriageReturnGuard extends FilterReader {

    /** Thrown by {@code read} at the first such carriage return; the CSV reader passes it on, wrapped. */
    public static final class LoneCarriageReturn extends IOException {
        private static final long serialVersionUID = 1L;
        private final long row;

        LoneCarriageReturn(long row) {
            super("a carriage return without a line feed inside a quoted cell, row " + row);
            this.row = row;
        }

        /** The row, as a spreadsheet shows it, whose quoted cell holds it. */
        public long row() {
            return row;
        }
    }

    private boolean quoted;
    /** A carriage return in quotes ended the last chunk; the next chunk must start with a line feed. */
    private boolean crPending;
    /** The last character of the last chunk, to tell a CRLF that spans two chunks. */
    private char previousChunkEnd;
    /** Rows begun so far, counting the header as row 1 and blank lines as rows, as a spreadsheet does. */
    private long row = 1;

    /** A guard on {@code in}, read from its start. */
    public LoneCarriageReturnGuard(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        int end = offset + n;
        if (crPending && buffer[offset] != '\n') {
            throw new LoneCarriageReturn(row);
        }
        crPending = false;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c <= '"') { // everything else (data, digits, delimiters) is passed by this one comparison
                inspect(buffer, offset, i, end);
            }
        }
        previousChunkEnd = buffer[end - 1];
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    private void inspect(char[] buffer, int offset, int i, int end) throws LoneCarriageReturn {
        char c = buffer[i];
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice, which is right
        } else if (c == '\r') {
            if (!quoted) {
                row++;
            } else if (i + 1 == end) {
                crPending = true;
            } else if (buffer[i + 1] != '\n') {
                throw new LoneCarriageReturn(row);
            }
        } else if (c == '\n' && !quoted) {
            char previous = i > offset ? buffer[i - 1] : previousChunkEnd;
            if (previous != '\r') { // the LF of a CRLF ends the same row
                row++;
            }
        }
    }
}
