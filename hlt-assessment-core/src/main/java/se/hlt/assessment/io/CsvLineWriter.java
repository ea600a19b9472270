package se.hlt.assessment.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes CSV lines (RFC 4180 quoting, LF line ends, UTF-8) through one reused buffer.
 *
 * <p>A field is quoted only when it holds the delimiter, a quote or a line break, and a quote inside is doubled;
 * the field is checked and copied in the same pass. Why not FastCSV's writer: it scans every field and then
 * copies it, and takes only strings, so each row's cells would have to become strings first; the batch writes
 * some 60 fields a row, millions of rows.
 *
 * <p>Write errors are thrown as {@link UncheckedIOException}, as FastCSV's writer does, so that the row loop
 * stays free of checked exceptions.
 *
 * <p>Public because the CSV batches of both packages write through it (the sessions batch in {@code io.sessions}
 * too); it is not meant as a stable API of the library.
 */
public final class CsvLineWriter implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** How many encoded bytes go to the stream at a time. */
    private static final int WRITE_SIZE = 1 << 20;

    private final Writer out;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private boolean lineStarted;

    private CsvLineWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /**
     * A writer of UTF-8 CSV to {@code stream}.
     *
     * <p>Encoding and writing happen on a thread of the writer's own ({@link BackgroundWriter}); {@link #close()}
     * waits for it.
     *
     * @param withBom whether to start with a byte order mark (so that a spreadsheet takes the file for UTF-8)
     */
    public static CsvLineWriter of(OutputStream stream, char delimiter, boolean withBom) throws IOException {
        if (withBom) {
            stream.write(UTF8_BOM);
        }
        // The encoder hands on 8 KiB at a time; straight to a file stream that is one system call each (85,000
        // for the pairs of a million children), which cost more than encoding. Collected, a few hundred.
        Writer encoder = new Utf8Writer(new BufferedOutputStream(stream, WRITE_SIZE));
        return new CsvLineWriter(new BackgroundWriter(encoder, "hlt-csv-writer"), delimiter);
    }

    /** Writes {@code length} characters of {@code source} from {@code offset} as the next field. */
    void field(char[] source, int offset, int length) {
        if (!startField(length)) {
            longField(new String(source, offset, length));
            return;
        }
        // copy and check in one pass, in locals: most fields are a single character
        char[] b = buffer;
        char d = delimiter;
        int p = position;
        for (int i = 0; i < length; i++) {
            char c = source[offset + i];
            if (c == d || (c <= '"' && (c == '"' || c == '\n' || c == '\r'))) {
                quoted(new String(source, offset, length));
                return;
            }
            b[p + i] = c;
        }
        position = p + length;
    }

    /**
     * Writes the cells of a row as {@link CsvRow} and {@link CsvRowCopy} keep them: {@code count} cells at
     * {@code starts} and {@code lengths} in {@code chars}, separated there by this writer's delimiter, {@code used}
     * characters in all. When {@code plain} (no cell holds the delimiter, a quote or a line break, as the row has
     * checked) they are copied as one block; else each is written as a field, quoted if it needs it.
     */
    void rowCells(char[] chars, int used, int[] starts, int[] lengths, int count, boolean plain) {
        if (!plain) {
            for (int i = 0; i < count; i++) {
                field(chars, starts[i], lengths[i]);
            }
            return;
        }
        if (!startField(used)) {
            for (int i = 0; i < used; i++) {
                room(1);
                buffer[position++] = chars[i];
            }
            return;
        }
        System.arraycopy(chars, 0, buffer, position, used);
        position += used;
    }

    /**
     * A field written many times (a band name, a score, a status), quoted once here if it needs it, so that
     * writing it is one array copy.
     */
    static final class Prepared {
        private final char[] chars;

        private Prepared(char[] chars) {
            this.chars = chars;
        }
    }

    /** {@code text} prepared as a field of this writer (whose delimiter decides whether it needs quotes). */
    Prepared prepare(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsQuotes(text.charAt(i))) {
                return new Prepared(('"' + text.replace("\"", "\"\"") + '"').toCharArray());
            }
        }
        return new Prepared(text.toCharArray());
    }

    /**
     * Several fields prepared as one block, each quoted if it needs it and separated by this writer's delimiter,
     * so that writing a run of cells that always go together is one copy.
     */
    Prepared prepareFields(java.util.List<String> fields) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                block.append(delimiter);
            }
            block.append(prepare(fields.get(i)).chars);
        }
        return new Prepared(block.toString().toCharArray());
    }

    /** Writes a prepared field (or block of fields). */
    void field(Prepared prepared) {
        char[] chars = prepared.chars;
        if (!startField(chars.length)) {
            for (char c : chars) {
                room(1);
                buffer[position++] = c;
            }
            return;
        }
        System.arraycopy(chars, 0, buffer, position, chars.length);
        position += chars.length;
    }

    /**
     * Writes {@code text} as the next field. For the header and messages; the row path hands over char arrays,
     * which are quicker to copy.
     */
    public void field(String text) {
        int length = text.length();
        if (!startField(length)) {
            longField(text);
            return;
        }
        char[] b = buffer;
        char d = delimiter;
        int p = position;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == d || (c <= '"' && (c == '"' || c == '\n' || c == '\r'))) {
                quoted(text);
                return;
            }
            b[p + i] = c;
        }
        position = p + length;
    }

    /** Writes every string as a field and ends the line. */
    public void line(Iterable<String> fields) {
        for (String f : fields) {
            field(f);
        }
        endLine();
    }

    /** Ends the current line. */
    public void endLine() {
        room(1);
        buffer[position++] = '\n';
        lineStarted = false;
    }

    private boolean needsQuotes(char c) {
        return c == delimiter || c == '"' || c == '\n' || c == '\r';
    }

    /**
     * Writes the delimiter if a field came before, after making room for an unquoted field of {@code length}.
     *
     * @return whether the field fits the buffer (only a field longer than the whole buffer does not)
     */
    private boolean startField(int length) {
        if (buffer.length - position <= length) {
            flushBuffer();
        }
        if (lineStarted) {
            buffer[position++] = delimiter;
        }
        lineStarted = true;
        return buffer.length - position >= length;
    }

    /** A field longer than the buffer: checked first, then written a character at a time. */
    private void longField(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsQuotes(text.charAt(i))) {
                quoted(text);
                return;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            room(1);
            buffer[position++] = text.charAt(i);
        }
    }

    private void quoted(String text) {
        quote();
        for (int i = 0; i < text.length(); i++) {
            quotedChar(text.charAt(i));
        }
        quote();
    }

    private void quotedChar(char c) {
        if (c == '"') {
            quote();
        }
        room(1);
        buffer[position++] = c;
    }

    private void quote() {
        room(1);
        buffer[position++] = '"';
    }

    /** Flushes the buffer if fewer than {@code needed} characters fit. */
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

    /** Writes out whatever is buffered and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
