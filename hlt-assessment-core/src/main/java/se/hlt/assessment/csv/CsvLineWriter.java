package se.hlt.assessment.csv;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes CSV lines (RFC 4180 quoting, LF or CR LF line ends as the input's, UTF-8) through one reused byte buffer;
 * a Windows-1252 file is written by encoding the same bytes again on their way out ({@link Utf8ToCharsetStream}),
 * so that the UTF-8 path, every row of most runs, pays nothing for it.
 *
 * <p>A field is quoted only when it holds the delimiter, a quote or a line break, and a quote inside is doubled;
 * the field is checked, encoded and copied in one pass. Not FastCSV's writer: it scans every field and then
 * copies it, and takes only strings; the batch writes some 60 fields a row, millions of rows.
 *
 * <p>Why bytes, encoded here: most of a row is prepared fields (scores, bands), copied as UTF-8 bytes; only text
 * read from the input is encoded, ASCII in one comparison a character. An {@link java.io.OutputStreamWriter} took
 * everything after the first å of its buffer down a slow path, the largest single cost of writing a million pairs.
 * An unpaired surrogate is written as {@code ?}, as the JDK's encoder writes it. Write errors are thrown as
 * {@link UncheckedIOException}, as FastCSV's writer does, so that the row loop stays free of checked exceptions.
 */
final class CsvLineWriter implements Closeable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** How many bytes go to the stream at a time. */
    private static final int WRITE_SIZE = 1 << 20;
    /** The most bytes one character of a field can take: three (a surrogate pair takes four for two). */
    private static final int MAX_BYTES = 3;

    private final OutputStream out;
    private final char delimiter;
    private final boolean crlf;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private boolean lineStarted;
    private FormulaCells formulas = FormulaCells.of(false);
    private long formulaCells;

    private CsvLineWriter(OutputStream out, char delimiter, boolean crlf) {
        if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("the delimiter must be ASCII, not a quote or line break: " + delimiter);
        }
        this.out = out;
        this.delimiter = delimiter;
        this.crlf = crlf;
    }

    /**
     * A writer of UTF-8 CSV to {@code stream}.
     *
     * @param delimiter an ASCII character other than a quote or a line break
     * @param withBom whether to start with a byte order mark (so that a spreadsheet takes the file for UTF-8)
     */
    public static CsvLineWriter of(OutputStream stream, char delimiter, boolean withBom) throws IOException {
        return of(stream, CsvInputStart.utf8(delimiter, withBom));
    }

    /** A writer of CSV to {@code stream} as the files made from an input {@code like} are written. */
    static CsvLineWriter of(OutputStream stream, CsvInputStart like) throws IOException {
        boolean utf8 = like.encoding() == TextEncoding.UTF_8;
        if (utf8 && like.utf8Bom()) {
            stream.write(UTF8_BOM);
        }
        OutputStream target = utf8 ? stream : new Utf8ToCharsetStream(stream, like.encoding().charset());
        // straight to a file stream every 64 KiB would be a system call each; collected, a few hundred a run
        return new CsvLineWriter(new BufferedOutputStream(target, WRITE_SIZE), like.delimiter(), like.crlf());
    }

    /** Writes {@code length} characters of {@code source} from {@code offset} as the next field. */
    void field(char[] source, int offset, int length) {
        if (!startField(MAX_BYTES * length)) {
            longField(source, offset, length);
            return;
        }
        int end = encodeInPlace(source, offset, offset + length, true);
        if (end < 0) {
            quoted(source, offset, length);
            return;
        }
        position = end;
    }

    /**
     * Writes the cells of a row as {@link CsvRow} and {@link CsvRowCopy} keep them: {@code count} cells at
     * {@code starts} and {@code lengths} in {@code chars}, separated there by this writer's delimiter, {@code used}
     * characters in all. When {@code plain} (no cell holds the delimiter, a quote or a line break, as the row has
     * checked) they are encoded as one block; else each is written as a field, quoted if it needs it.
     */
    void rowCells(char[] chars, int used, int[] starts, int[] lengths, int count, boolean plain) {
        if (!plain || FormulaCells.startAny(chars, starts, lengths, count)) {
            for (int i = 0; i < count; i++) {
                text(chars, starts[i], lengths[i]);
            }
            return;
        }
        if (startField(MAX_BYTES * used)) {
            position = encodeInPlace(chars, 0, used, false);
        } else {
            encodeSlowly(chars, 0, used, false);
        }
    }

    /**
     * Encodes {@code source} from {@code from} to {@code end} into the buffer at the position, which has room for
     * it, checking, encoding and copying in one pass in locals (most fields are a few ASCII characters). Returns
     * the position after it; or, when {@code check} and a character needs quotes, -1 and the position unchanged.
     * Both callers pass a constant {@code check}, so that once inlined a plain row pays nothing for it.
     */
    private int encodeInPlace(char[] source, int from, int end, boolean check) {
        byte[] b = buffer;
        char d = delimiter;
        int p = position;
        for (int i = from; i < end; i++) {
            char c = source[i];
            if (c < 0x80) {
                if (check && (c == d || (c <= '"' && (c == '"' || c == '\n' || c == '\r')))) {
                    return -1;
                }
                b[p++] = (byte) c;
            } else {
                p = Utf8Encoding.encode(source, i, end, b, p);
                if (Utf8Encoding.isPair(source, i, end)) {
                    i++;
                }
            }
        }
        return p;
    }

    /** {@code text} prepared as a field of this writer (whose delimiter decides whether it needs quotes). */
    Prepared prepare(String text) {
        return Prepared.of(java.util.List.of(text), delimiter);
    }

    /** Several fields prepared as one block, separated by this writer's delimiter: a run of cells in one copy. */
    Prepared prepareFields(java.util.List<String> fields) {
        return Prepared.of(fields, delimiter);
    }

    /** Writes a prepared field (or block of fields). */
    void field(Prepared prepared) {
        byte[] bytes = prepared.bytes();
        if (!startField(bytes.length)) {
            for (byte x : bytes) {
                room(1);
                buffer[position++] = x;
            }
            return;
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /**
     * Writes {@code text} as the next field. For the tool's own texts: numbers it computed (a change of
     * {@code -4} stays a number), codes and messages. Text from the input goes through {@link #text(String)}.
     */
    public void field(String text) {
        field(text.toCharArray(), 0, text.length());
    }

    /**
     * Writes text read from the input (an id, a passed-through cell, a group value, a column name) as the next
     * field, guarded against spreadsheet formulas as OWASP recommends: text that starts with {@code = + - @}, a
     * tab or a carriage return gets a leading apostrophe, so that a spreadsheet shows it rather than runs it.
     * Each such cell is counted, and kept as it is if the tally says so (see {@link #countingIn}).
     */
    void text(char[] source, int offset, int length) {
        if (length == 0 || !FormulaCells.startsOne(source[offset])) {
            field(source, offset, length);
            return;
        }
        formulaCells++;
        if (formulas.keep()) {
            field(source, offset, length);
            return;
        }
        char[] guarded = new char[length + 1];
        guarded[0] = FormulaCells.GUARD;
        System.arraycopy(source, offset, guarded, 1, length);
        field(guarded, 0, guarded.length);
    }

    /** Writes text read from the input as the next field, guarded as {@link #text(char[], int, int)} says. */
    void text(String text) {
        text(text.toCharArray(), 0, text.length());
    }

    /** Writes a header line: its names may come from the input, so each is written as {@link #text(String)}. */
    public void line(Iterable<String> names) {
        for (String name : names) {
            text(name);
        }
        endLine();
    }

    /**
     * This writer, guarding formulas or keeping them as {@code tally} says, and adding to it, when closed, how
     * many cells of input text looked like one. Without it, formulas are guarded and not counted.
     */
    CsvLineWriter countingIn(FormulaCells tally) {
        formulas = tally;
        return this;
    }

    /** Ends the current line. */
    public void endLine() {
        room(2);
        if (crlf) {
            buffer[position++] = '\r';
        }
        buffer[position++] = '\n';
        lineStarted = false;
    }

    /**
     * Writes the delimiter if a field came before, after making room for {@code bytes} bytes of field.
     *
     * @return whether the field fits the buffer (only a field about as long as the whole buffer does not)
     */
    private boolean startField(int bytes) {
        if (buffer.length - position <= bytes) {
            flushBuffer();
        }
        if (lineStarted) {
            room(1);
            buffer[position++] = (byte) delimiter;
        }
        lineStarted = true;
        return buffer.length - position >= bytes;
    }

    /** A field longer than the buffer allows at once: checked first, then written a character at a time. */
    private void longField(char[] source, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = source[i];
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                quoted(source, offset, length);
                return;
            }
        }
        encodeSlowly(source, offset, offset + length, false);
    }

    private void quoted(char[] source, int offset, int length) {
        quote();
        encodeSlowly(source, offset, offset + length, true);
        quote();
    }

    /** Encodes character by character, making room as it goes; doubles quotes when {@code inQuotes}. */
    private void encodeSlowly(char[] source, int from, int end, boolean inQuotes) {
        for (int i = from; i < end; i++) {
            char c = source[i];
            if (inQuotes && c == '"') {
                quote();
            }
            room(MAX_BYTES + 1);
            position = Utf8Encoding.encode(source, i, end, buffer, position);
            if (Utf8Encoding.isPair(source, i, end)) {
                i++;
            }
        }
    }

    private void quote() {
        room(1);
        buffer[position++] = '"';
    }

    /** Flushes the buffer if fewer than {@code needed} bytes fit. */
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
        formulas.add(formulaCells);
        formulaCells = 0;
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
