package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads UTF-8 strictly, as an {@link java.io.InputStreamReader} with a reporting decoder does, for the CSV readers:
 * bytes that are not UTF-8 (an overlong form, a surrogate, a sequence cut short, a code point beyond U+10FFFF) end
 * the reading with a {@link MalformedInputException}, so that a file in another encoding is refused, not garbled.
 *
 * <p>Why not the JDK's reader: JDK 17's UTF-8 decoder copies ASCII quickly only up to the first byte beyond it in
 * each buffer, and goes on a byte at a time after it. A Swedish export has an å or an ö on most rows (a place, a
 * school), so nearly all of it went the slow way: a fifth of the time each reading thread of {@code hlt compare}
 * spent in FastCSV. Here every run of ASCII is copied the quick way, after each letter beyond it too.
 *
 * <p>It behaves as the JDK's reader does towards its caller, so that FastCSV reads the same records: on UTF-8,
 * each call gives as many characters as the JDK's would (the whole request unless the input ends or has nothing more
 * ready, as a pipe; a surrogate pair not split between calls). A call that meets bytes that are not UTF-8 throws,
 * giving none of the characters before them. The JDK's reader sometimes throws a call earlier, when the bad bytes
 * come just after a full request: so a file is refused from the row the JDK's reader named or a later one, never from a
 * row after the one that holds its first bad byte.
 */
final class Utf8Reader extends Reader {

    /** The longest UTF-8 sequence: a buffer holding fewer bytes than this is refilled before decoding. */
    private static final int LONGEST = 4;

    /** How many bytes of a run are copied here before the rest is left to the decoder. */
    private static final int SHORT_RUN = 16;

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];
    private final ByteBuffer byteView = ByteBuffer.wrap(bytes);
    private CharBuffer charView;
    /** Reports (stops at) every byte beyond ASCII, as a new decoder does. */
    private final CharsetDecoder ascii = StandardCharsets.US_ASCII.newDecoder();
    private int position;
    private int limit;
    private boolean atEnd;
    /** A character decoded ahead for a request of one, given at the next call; or -1. */
    private int leftover = -1;
    private final char[] pair = new char[2];

    /** A reader of {@code in}, which it closes when closed. */
    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in);
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        if (length == 0) {
            return 0;
        }
        int given = 0;
        if (leftover >= 0) {
            chars[offset++] = (char) leftover;
            leftover = -1;
            length--;
            given = 1;
            if (length == 0 || position == limit && in.available() == 0) {
                return given;
            }
        }
        if (length == 1) { // as the JDK's reader: two characters decoded, the second kept for the next call
            int got = fill(pair, 0, 2);
            if (got < 0) {
                return given == 0 ? -1 : given;
            }
            chars[offset] = pair[0];
            leftover = got == 2 ? pair[1] : -1;
            return given + 1;
        }
        int got = fill(chars, offset, offset + length);
        return got < 0 ? (given == 0 ? -1 : given) : given + got;
    }

    /** Decodes into {@code chars} from {@code from} to {@code end}: how many characters, or -1 at the end. */
    private int fill(char[] chars, int from, int end) throws IOException {
        int at = from;
        int before;
        do {
            if (limit - position < LONGEST && !atEnd) {
                if (at > from && in.available() == 0) {
                    // as the JDK's reader: what is here is given, and more waited for only when nothing is
                    return decode(chars, at, end) - from;
                }
                refill();
            }
            if (position == limit) {
                break;
            }
            before = at;
            at = decode(chars, at, end);
        } while (at < end && at > before && !atEnd); // at the end, decode stops only where it must
        return at == from ? -1 : at - from;
    }

    /** Keeps the undecoded bytes and reads more after them, until the buffer holds a whole sequence or the end. */
    private void refill() throws IOException {
        System.arraycopy(bytes, position, bytes, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < LONGEST && !atEnd) {
            int read = in.read(bytes, limit, bytes.length - limit);
            if (read < 0) {
                atEnd = true;
            } else {
                limit += read;
            }
        }
    }

    /**
     * Decodes from the buffer into {@code chars} from {@code at}, up to {@code end}, and stops where a sequence
     * may run past the buffer (unless the input has ended).
     *
     * @return where the next character goes; {@code at} when nothing more fits (a surrogate pair waits for the next
     *     request rather than be split, as the JDK's reader leaves it)
     * @throws MalformedInputException at bytes that are not UTF-8
     */
    private int decode(char[] chars, int at, int end) throws MalformedInputException {
        byte[] b = bytes;
        int s = position;
        int l = limit;
        int d = at;
        while (d < end && s < l) {
            int run = asciiRun(chars, s, l, d, end);
            s += run;
            d += run;
            if (d == end || s == l) {
                break;
            }
            int b1 = b[s] & 0xFF;
            int needed = b1 < 0xE0 ? 2 : b1 < 0xF0 ? 3 : 4;
            if (b1 < 0xC2 || b1 > 0xF4) {
                throw malformed(); // a lone continuation byte, an overlong start, or beyond U+10FFFF
            }
            if (l - s < needed) {
                if (!startsWell(b, s, l - s)) {
                    throw malformed();
                }
                if (atEnd && d == at) {
                    throw malformed(); // cut short by the end of the input
                }
                break; // runs past the buffer (refill first), or cut short: refused at the next call, as the JDK does
            }
            int b2 = b[s + 1] & 0xFF;
            if (needed == 2) {
                if ((b2 & 0xC0) != 0x80) {
                    throw malformed();
                }
                chars[d++] = (char) ((b1 & 0x1F) << 6 | b2 & 0x3F);
                s += 2;
                continue;
            }
            int b3 = b[s + 2] & 0xFF;
            if (needed == 3) {
                // E0 must be followed by A0-BF (else overlong), ED by 80-9F (else a surrogate)
                int low = b1 == 0xE0 ? 0xA0 : 0x80;
                int high = b1 == 0xED ? 0x9F : 0xBF;
                if (b2 < low || b2 > high || (b3 & 0xC0) != 0x80) {
                    throw malformed();
                }
                chars[d++] = (char) ((b1 & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F);
                s += 3;
                continue;
            }
            // F0 must be followed by 90-BF (else overlong), F4 by 80-8F (else beyond U+10FFFF)
            int low = b1 == 0xF0 ? 0x90 : 0x80;
            int high = b1 == 0xF4 ? 0x8F : 0xBF;
            if (b2 < low || b2 > high || (b3 & 0xC0) != 0x80) {
                throw malformed();
            }
            if (end - d < 2) {
                break; // as the JDK's reader: the pair's room is looked for before its last byte
            }
            int b4 = b[s + 3] & 0xFF;
            if ((b4 & 0xC0) != 0x80) {
                throw malformed();
            }
            int codePoint = (b1 & 0x07) << 18 | (b2 & 0x3F) << 12 | (b3 & 0x3F) << 6 | b4 & 0x3F;
            chars[d++] = Character.highSurrogate(codePoint);
            chars[d++] = Character.lowSurrogate(codePoint);
            s += 4;
        }
        position = s;
        return d;
    }

    /** Whether the {@code count} bytes from {@code s}, fewer than their sequence needs, may begin one. */
    private static boolean startsWell(byte[] b, int s, int count) {
        int b1 = b[s] & 0xFF;
        if (count < 2 || b1 < 0xE0) {
            return true;
        }
        int b2 = b[s + 1] & 0xFF;
        boolean second = b1 < 0xF0
                ? b2 >= (b1 == 0xE0 ? 0xA0 : 0x80) && b2 <= (b1 == 0xED ? 0x9F : 0xBF)
                : b2 >= (b1 == 0xF0 ? 0x90 : 0x80) && b2 <= (b1 == 0xF4 ? 0x8F : 0xBF);
        return second && (count < 3 || (b[s + 2] & 0xC0) == 0x80);
    }

    /**
     * Copies the run of ASCII bytes from {@code from} (up to {@code limit}) into {@code chars} from {@code at} (up to
     * {@code end}): how many. A long run is copied by the JDK's US-ASCII decoder, which stops at the first byte beyond
     * ASCII and copies and widens with the intrinsics the JDK's strings use, many bytes a cycle; the first bytes are
     * looked at here, since a call of the decoder costs as much as a short run (a Swedish row has one every few words).
     */
    private int asciiRun(char[] chars, int from, int limit, int at, int end) {
        byte[] b = bytes;
        int most = Math.min(Math.min(limit - from, end - at), SHORT_RUN);
        for (int i = 0; i < most; i++) {
            if (b[from + i] < 0) {
                return i;
            }
            chars[at + i] = (char) b[from + i];
        }
        if (most < SHORT_RUN) {
            return most;
        }
        from += most;
        at += most;
        if (charView == null || charView.array() != chars) {
            charView = CharBuffer.wrap(chars);
        }
        byteView.limit(limit).position(from);
        charView.limit(end).position(at);
        ascii.decode(byteView, charView, false); // malformed at a byte beyond ASCII, which is where it stops
        return most + byteView.position() - from;
    }

    private static MalformedInputException malformed() {
        return new MalformedInputException(1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
