package se.hlt.assessment.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * One CSV record as {@link ByteCsvScanner} found it: where each field's bytes lie in the scanner's buffer. Valid
 * until the next record. Fields are read on demand: a small whole number or a decimal straight from the bytes,
 * a short code compared byte by byte, text decoded as strict UTF-8 only when asked for.
 */
final class ByteRecord {

    /** The field is empty or only spaces. */
    static final int BLANK = Integer.MIN_VALUE;
    /** The field is not a whole number. */
    static final int NOT_WHOLE = Integer.MIN_VALUE + 1;

    byte[] buffer;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int count;
    private int breaks;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    void clear(byte[] source) {
        buffer = source;
        count = 0;
        breaks = 0;
    }

    /** Counts a line break inside a quoted field: the record runs over one more line. */
    void lineBreakInside() {
        breaks++;
    }

    /** Uncounts the line end that ends the file, inside a quote left open. */
    void lastLineEnded() {
        breaks--;
    }

    /** How many line breaks quoted fields hold: the record runs over this many lines more than one. */
    int breaks() {
        return breaks;
    }

    void add(int start, int end, boolean isQuoted) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        quoted[count] = isQuoted;
        count++;
    }

    /** How many fields. */
    int size() {
        return count;
    }

    /** Whether the record is an empty line. */
    boolean isBlankLine() {
        return count == 1 && starts[0] == ends[0] && !quoted[0];
    }

    /** Field {@code i} as a small whole number (surrounding spaces ignored), or {@link #BLANK}, {@link #NOT_WHOLE}. */
    int smallInt(int i) {
        int s = starts[i];
        int e = ends[i];
        if (e - s == 1) {
            int b = buffer[s] - '0';
            if (b >= 0 && b <= 9) {
                return b;
            }
        }
        while (s < e && buffer[s] == ' ') {
            s++;
        }
        while (e > s && buffer[e - 1] == ' ') {
            e--;
        }
        if (s == e) {
            return BLANK;
        }
        boolean negative = buffer[s] == '-';
        if (negative || buffer[s] == '+') {
            s++;
        }
        if (s == e || e - s > 9) {
            return NOT_WHOLE;
        }
        int value = 0;
        for (int j = s; j < e; j++) {
            int d = buffer[j] - '0';
            if (d < 0 || d > 9) {
                return NOT_WHOLE;
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    /**
     * Field {@code i} as a decimal written with a point or a comma ({@code -10.1}, {@code -10,1}, {@code 3}), or
     * NaN when it is blank or not one. Read exactly as {@link Double#parseDouble} reads it: by the correctly
     * rounded division of two exact numbers for the short decimals files hold, else by {@code parseDouble}.
     */
    double decimal(int i) {
        int s = starts[i];
        int e = ends[i];
        if (s == e) {
            return Double.NaN;
        }
        boolean negative = buffer[s] == '-';
        int j = negative ? s + 1 : s;
        long digits = 0;
        int decimals = -1;
        int count = 0;
        for (; j < e; j++) {
            byte b = buffer[j];
            if ((b == '.' || b == ',') && decimals < 0) {
                decimals = 0;
            } else if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                return slowDecimal(i);
            }
        }
        if (count == 0 || count > 15 || decimals == 0) {
            return slowDecimal(i);
        }
        double value = decimals <= 0 ? digits : digits / POWERS[decimals];
        return negative ? -value : value;
    }

    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    private double slowDecimal(int i) {
        try {
            String text = text(i).orElse("").trim().replace(',', '.');
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && text.matches("-?\\d+(\\.\\d+)?") ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Field {@code i} as a number with at most one decimal ({@code 18.3}, {@code 18,3}, {@code 22}) in tenths
     * ({@code 183}, {@code 220}), exactly; or {@link #BLANK}, or {@link #NOT_WHOLE} for anything else.
     */
    int tenths(int i) {
        int s = starts[i];
        int e = ends[i];
        if (s == e) {
            return BLANK;
        }
        boolean negative = buffer[s] == '-';
        int j = negative ? s + 1 : s;
        int value = 0;
        int digits = 0;
        int decimals = -1;
        for (; j < e; j++) {
            byte b = buffer[j];
            if ((b == '.' || b == ',') && decimals < 0 && digits > 0) {
                decimals = 0;
            } else if (b >= '0' && b <= '9' && digits < 8 && decimals < 1) {
                value = value * 10 + (b - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else {
                return NOT_WHOLE;
            }
        }
        if (digits == 0 || decimals == 0) {
            return NOT_WHOLE;
        }
        int tenths = decimals == 1 ? value : value * 10;
        return negative ? -tenths : tenths;
    }

    /** Whether field {@code i} is exactly the ASCII text {@code ascii}. */
    boolean is(int i, byte[] ascii) {
        int s = starts[i];
        int length = ends[i] - s;
        if (length != ascii.length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (buffer[s + j] != ascii[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether field {@code i} is empty. */
    boolean isEmpty(int i) {
        return starts[i] == ends[i];
    }

    /**
     * Appends field {@code i}'s bytes, without surrounding spaces and with doubled quotes undone, to {@code to}
     * from {@code at}, growing it as needed.
     *
     * @return the array written (a larger one if it grew); the new length is {@code at} plus {@link #lastLength}
     */
    byte[] appendTrimmed(int i, byte[] to, int at) {
        int s = starts[i];
        int e = ends[i];
        while (s < e && (buffer[s] == ' ' || buffer[s] == '\t')) {
            s++;
        }
        while (e > s && (buffer[e - 1] == ' ' || buffer[e - 1] == '\t')) {
            e--;
        }
        byte[] out = to.length - at < e - s ? Arrays.copyOf(to, Math.max(to.length * 2, at + e - s)) : to;
        lastLength = unquote(i, s, e, out, at) - at;
        return out;
    }

    /** The number of bytes the last {@link #appendTrimmed} wrote. */
    int lastLength;

    /** Field {@code i} decoded as UTF-8, doubled quotes undone; empty when its bytes are not UTF-8. */
    Optional<String> text(int i) {
        byte[] bytes = new byte[ends[i] - starts[i]];
        return decode(bytes, unquote(i, starts[i], ends[i], bytes, 0));
    }

    /**
     * Copies the bytes from {@code s} to {@code e} of field {@code i} into {@code out} from {@code p}, which has
     * room, with doubled quotes undone; returns the position after them.
     */
    private int unquote(int i, int s, int e, byte[] out, int p) {
        for (int j = s; j < e; j++) {
            out[p++] = buffer[j];
            if (quoted[i] && buffer[j] == '"') {
                j++; // a doubled quote stands for one
            }
        }
        return p;
    }

    /** Decodes {@code length} bytes of {@code bytes} as strict UTF-8; empty when they are not UTF-8. */
    Optional<String> decode(byte[] bytes, int length) {
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
