package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However text is split into writes, the bytes are those the JDK's own UTF-8 encoding gives the whole text. */
class Utf8WriterProperties {

    @Property(tries = 500)
    void writesWhatStringGetBytesWrites(@ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            char[] chars = text.toCharArray();
            int at = 0;
            for (int cut : cuts) {
                int length = Math.min(cut, chars.length - at);
                writer.write(chars, at, length);
                at += length;
            }
            writer.write(chars, at, chars.length - at);
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    @Provide
    Arbitrary<String> texts() {
        // ASCII, Swedish letters, the ± of the caveat, a three-byte character, surrogate pairs and lone halves
        Arbitrary<Character> chars = Arbitraries.of('a', ',', '"', 'å', 'Ö', '±', '€', '\uD83D', '\uDE00',
                '\uD800', '\uDFFF', '\n');
        return chars.list().ofMaxSize(200).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::append);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 7).list().ofMaxSize(40);
    }

    @Property(tries = 20)
    void longTextCrossesTheBufferBoundary(@ForAll("texts") String piece) throws IOException {
        String text = (piece + "åäö±€\uD83D\uDE00").repeat(3000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer writer = new Utf8Writer(bytes)) {
            writer.write(text.toCharArray(), 0, text.length());
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }
}
