package se.hlt.assessment.io.sessions;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV lines (RFC 4180 quoting, LF line ends, UTF-8) through one reused buffer. A field is quoted only when it
 * holds the delimiter, a quote or a line break, with quotes inside doubled. Write errors are thrown unchecked, so
 * that the row loop stays free of checked exceptions.
 */
final class CsvOut implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private boolean lineStarted;

    private CsvOut(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /** A writer of CSV to {@code stream}, starting with a byte order mark when {@code withBom}. */
    static CsvOut of(OutputStream stream, char delimiter, boolean withBom) throws IOException {
        if (withBom) {
            stream.write(UTF8_BOM);
        }
        return new CsvOut(new OutputStreamWriter(stream, StandardCharsets.UTF_8), delimiter);
    }

    /** Writes {@code length} characters of {@code source} from {@code offset} as the next field. */
    void field(char[] source, int offset, int length) {
        separate();
        for (int i = 0; i < length; i++) {
            char c = source[offset + i];
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                quoted(new String(source, offset, length));
                return;
            }
        }
        if (length > buffer.length) {
            write(new String(source, offset, length));
            return;
        }
        room(length);
        System.arraycopy(source, offset, buffer, position, length);
        position += length;
    }

    /**
     * Writes {@code count} fields of {@code source}, known to need no quotes (cells that were not quoted in a file
     * with the same delimiter), without looking at their characters.
     */
    void plainFields(char[] source, int[] starts, int[] lengths, int count) {
        for (int i = 0; i < count; i++) {
            int length = lengths[i];
            if (length + 1 > buffer.length) {
                field(source, starts[i], length);
                continue;
            }
            separate();
            room(length);
            System.arraycopy(source, starts[i], buffer, position, length);
            position += length;
        }
    }

    /** Writes {@code text} as the next field. */
    void field(CharSequence text) {
        separate();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                quoted(text);
                return;
            }
        }
        write(text);
    }

    /** Writes a whole number as the next field. */
    void field(long number) {
        field(Long.toString(number));
    }

    /** Writes an empty field. */
    void empty() {
        separate();
    }

    /** Writes every text as a field and ends the line. */
    void line(List<String> fields) {
        fields.forEach(this::field);
        endLine();
    }

    /** Ends the current line. */
    void endLine() {
        room(1);
        buffer[position++] = '\n';
        lineStarted = false;
    }

    private void separate() {
        if (lineStarted) {
            room(1);
            buffer[position++] = delimiter;
        }
        lineStarted = true;
    }

    private void quoted(CharSequence text) {
        room(1);
        buffer[position++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            room(2);
            if (c == '"') {
                buffer[position++] = '"';
            }
            buffer[position++] = c;
        }
        room(1);
        buffer[position++] = '"';
    }

    private void write(CharSequence text) {
        int length = text.length();
        if (text instanceof String && length <= buffer.length) {
            room(length);
            ((String) text).getChars(0, length, buffer, position);
            position += length;
            return;
        }
        for (int i = 0; i < length; i++) {
            room(1);
            buffer[position++] = text.charAt(i);
        }
    }

    private void room(int needed) {
        if (buffer.length - position < needed) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        try {
            out.write(buffer, 0, position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position = 0;
    }

    /** Writes out what is buffered and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
