package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** However text is cut into writes, it comes out as the JDK's own encoder writes it in one piece. */
class Utf8WriterProperties {

    @Property(tries = 500)
    void writesWhatTheJdkEncoderWrites(@ForAll("text") String text, @ForAll("cuts") List<Integer> cuts)
            throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        char[] chars = text.toCharArray();
        try (Writer writer = new Utf8Writer(actual)) {
            int at = 0;
            for (int cut : cuts) {
                int length = Math.min(cut, chars.length - at);
                writer.write(chars, at, length);
                at += length;
            }
            writer.write(chars, at, chars.length - at);
        }
        assertArrayEquals(jdkEncoded(text), actual.toByteArray());
    }

    @Example
    void aSurrogatePairCutInTwoIsOneCharacter() throws IOException {
        String smile = new String(Character.toChars(0x1F600));
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(actual)) {
            writer.write(("Å" + smile).toCharArray(), 0, 2);
            writer.write(smile.toCharArray(), 1, 1);
        }
        assertArrayEquals(("Å" + smile).getBytes(StandardCharsets.UTF_8), actual.toByteArray());
    }

    @Example
    void aLoneSurrogateIsAQuestionMark() throws IOException {
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(actual)) {
            writer.write(new char[] {'a', '\uD83D'}, 0, 2);
        }
        assertArrayEquals("a?".getBytes(StandardCharsets.UTF_8), actual.toByteArray());
    }

    private static byte[] jdkEncoded(String text) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return expected.toByteArray();
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<Character> surrogates = Arbitraries.chars().range('\uD800', '\uDFFF');
        Arbitrary<Character> swedish = Arbitraries.of('a', 'å', 'ä', 'ö', 'Ö', ',', '"', '\n');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, swedish), net.jqwik.api.Tuple.of(1, any),
                        net.jqwik.api.Tuple.of(1, surrogates))
                .list().ofMaxSize(60).map(chars -> {
                    StringBuilder b = new StringBuilder();
                    chars.forEach(b::append);
                    return b.toString();
                });
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 12).list().ofMaxSize(8);
    }
}
