package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Text written in Windows-1252 through {@link Utf8ToCharsetStream} is what the JDK's encoder makes of it (a
 * character 1252 lacks becomes {@code ?}), however the UTF-8 bytes are cut into writes: by the fast path for
 * whole sequences of up to three bytes, by the decoder and encoder for the rest (an emoji, a lone surrogate, a
 * sequence cut between writes), and by both in one file.
 */
class Utf8ToCharsetStreamProperties {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Property(tries = 500)
    void windows1252IsWhatTheJdkWrites(@ForAll("text") String text,
                                       @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 40) Integer> cuts)
            throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (Utf8ToCharsetStream stream = new Utf8ToCharsetStream(written, WINDOWS_1252)) {
            int at = 0;
            for (int cut : cuts) {
                int n = Math.min(cut, utf8.length - at);
                stream.write(utf8, at, n);
                at += n;
            }
            stream.write(utf8, at, utf8.length - at);
        }
        assertArrayEquals(text.getBytes(WINDOWS_1252), written.toByteArray(), text);
    }

    @Provide
    Arbitrary<String> text() {
        // ASCII, Swedish letters, the no-break space and the other characters of U+00A0-U+00FF, 1252's own
        // (euro, dash, quote), C1 controls, a Polish letter and an emoji that 1252 lacks
        return Arbitraries.oneOf(Arbitraries.chars().range(' ', '~'), Arbitraries.of('å', 'ä', 'ö', 'Å', 'Ä', 'Ö',
                'é', 'ü', '\u00A0', '\u00A4', '\u00FF', '\u00BF', '€', '–', '’', '\u0081', '\u009F', 'ł'),
                Arbitraries.chars().range('\u0080', '\u00FF'), Arbitraries.chars().range('\u0100', '\u2200'),
                // anything else of the BMP, a replacement character written as such among it
                Arbitraries.chars().range('\u2200', '\uD7FF'), Arbitraries.of('\uFFFD', '\uE000', '\uFFFF'))
                .list().ofMaxSize(60)
                .map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                })
                .flatMap(s -> Arbitraries.of(s, s + "\uD83D\uDE00" + s, s + "\uD800" + s));
    }
}
