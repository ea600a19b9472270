package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Utf8Reader} reads as the JDK's strict UTF-8 reader does: on UTF-8, call for call, the same characters in
 * the same counts for the same requests, so that FastCSV sees the same records; on other bytes an error too, never
 * a call sooner than the JDK's reader and never after a character it would not give.
 */
class Utf8ReaderProperties {

    /** Bytes near UTF-8: valid sequences of every length, and each way one can go wrong, mixed with ASCII. */
    @Property(tries = 3000)
    void readsAsTheJdkReads(@ForAll("nearUtf8") byte[] bytes, @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1,
            max = 40) Integer> requests, @ForAll @IntRange(min = 1, max = 9) int chunk) throws IOException {
        List<String> expected = calls(jdk(new ByteArrayInputStream(bytes)), requests);
        List<String> read = calls(new Utf8Reader(new ByteArrayInputStream(bytes)), requests);
        if (expected.get(expected.size() - 1).equals("error")) {
            // both refuse; the JDK's reader at times a call sooner, when the bad bytes follow a full request
            assertEquals("error", read.get(read.size() - 1), hex(bytes));
            assertTrue(String.join("", read).startsWith(String.join("", expected.subList(0, expected.size() - 1))),
                    hex(bytes) + requests + expected + read);
        } else {
            assertEquals(expected, read, hex(bytes));
        }
        // a stream that gives a few bytes at a time, as a pipe does: the calls may cut the text elsewhere
        assertEquals(whole(calls(jdk(new Trickle(bytes, chunk)), requests)),
                whole(calls(new Utf8Reader(new Trickle(bytes, chunk)), requests)), hex(bytes));
    }

    /** Any text, as its UTF-8 bytes, reads back as itself, through requests of any size. */
    @Property(tries = 500)
    void anyTextReadsBack(@ForAll String text, @ForAll @IntRange(min = 1, max = 70000) int request)
            throws IOException {
        String valid = text.codePoints().filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Reader reader = new Utf8Reader(new ByteArrayInputStream(valid.getBytes(StandardCharsets.UTF_8)));
        StringBuilder read = new StringBuilder();
        char[] chars = new char[request];
        for (int n = reader.read(chars); n >= 0; n = reader.read(chars)) {
            read.append(chars, 0, n);
        }
        assertEquals(valid, read.toString());
    }

    /** A long Swedish text, past the reader's buffer many times, with each kind of sequence across its edges. */
    @Example
    void longTextAcrossBuffers() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("hlt-").append(i).append(",Skellefteå/Norsjö,Örebro €").append(i % 7 == 0 ? "😀" : "")
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        List<String> requests = List.of(8192, 1, 3, 65536, 2, 5000).stream().map(String::valueOf).toList();
        List<Integer> sizes = requests.stream().map(Integer::valueOf).toList();
        assertEquals(calls(jdk(new ByteArrayInputStream(bytes)), sizes),
                calls(new Utf8Reader(new ByteArrayInputStream(bytes)), sizes));
        char[] all = new char[text.length()];
        Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
        int at = 0;
        for (int n = reader.read(all, 0, all.length); n > 0; n = reader.read(all, at, all.length - at)) {
            at += n;
        }
        assertArrayEquals(text.toString().toCharArray(), all);
    }

    /** Each way bytes fail to be UTF-8 is refused, as the JDK refuses it. */
    @Example
    void refusesWhatIsNotUtf8() {
        int[][] bad = {{0x80}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80,
            0xAF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xC3}, {0xE2, 0x82}, {0xC3, 0x41}};
        for (int[] sequence : bad) {
            byte[] bytes = new byte[sequence.length + 2];
            bytes[0] = 'a';
            for (int i = 0; i < sequence.length; i++) {
                bytes[i + 1] = (byte) sequence[i];
            }
            bytes[bytes.length - 1] = 'b';
            assertThrows(CharacterCodingException.class, () -> new Utf8Reader(new ByteArrayInputStream(bytes))
                    .read(new char[10]), hex(bytes));
            assertThrows(CharacterCodingException.class, () -> jdk(new ByteArrayInputStream(bytes))
                    .read(new char[10]), hex(bytes));
        }
    }

    /** What each call of {@code requests} (then repeated) gave: its characters, the end, or an error. */
    private static List<String> calls(Reader reader, List<Integer> requests) {
        List<String> calls = new ArrayList<>();
        for (int i = 0; ; i++) {
            char[] chars = new char[requests.get(i % requests.size()) + 2];
            int n;
            try {
                n = reader.read(chars, 1, chars.length - 2);
            } catch (CharacterCodingException e) {
                calls.add("error");
                return calls;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            if (n < 0) {
                calls.add("end");
                return calls;
            }
            calls.add(new String(chars, 1, n));
        }
    }

    /** The text the calls gave, or "error" when they ended in one. */
    private static String whole(List<String> calls) {
        return calls.get(calls.size() - 1).equals("error") ? "error" : String.join("", calls);
    }

    private static Reader jdk(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    @Provide
    Arbitrary<byte[]> nearUtf8() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(12).map(s -> s.getBytes(
                StandardCharsets.US_ASCII));
        Arbitrary<byte[]> valid = Arbitraries.integers().between(0x80, 0x10FFFF)
                .filter(c -> c > 0xFFFF || !Character.isSurrogate((char) (int) c))
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> edges = Arbitraries.of(0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xD7FF, 0xE000, 0xFFFF,
                0x10000, 0x10FFFF, 0xE5, 0xF6, 0x20AC, 0x1F600)
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
        Arbitrary<byte[]> lead = Combinators.combine(Arbitraries.integers().between(0xC0, 0xFF),
                Arbitraries.integers().between(0x80, 0xBF).list().ofMaxSize(3)).as((b, rest) -> {
                    byte[] bytes = new byte[rest.size() + 1];
                    bytes[0] = (byte) (int) b;
                    for (int i = 0; i < rest.size(); i++) {
                        bytes[i + 1] = (byte) (int) rest.get(i);
                    }
                    return bytes;
                });
        Arbitrary<byte[]> part = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(4, valid), net.jqwik.api.Tuple.of(2, edges),
                net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(1, lead));
        return part.list().ofMaxSize(30).map(parts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x ", b & 0xFF));
        }
        return text.toString();
    }

    /** A stream that gives at most {@code chunk} bytes a read and at times says none are ready, as a pipe. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int at;
        private boolean ready;

        Trickle(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(chunk, length), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, n);
            at += n;
            ready = !ready;
            return n;
        }

        @Override
        public int available() {
            return ready ? Math.min(chunk, bytes.length - at) : 0;
        }
    }
}
