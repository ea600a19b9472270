package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the fields hold, a CSV reader gets back exactly what the line writer was given. */
class CsvLineWriterProperties {

    @Property(tries = 300)
    void fieldsRoundTripThroughACsvReader(@ForAll("lines") List<List<String>> lines, @ForAll("delimiters") char d)
            throws IOException {
        assertEquals(lines, CsvFields.read(write(lines, d), d));
    }

    /**
     * The bytes are the JDK encoder's UTF-8 of the CSV text, quoted where it must be, whatever the characters:
     * letters of one, two and three bytes, surrogate pairs (four bytes) and unpaired surrogates ({@code ?}).
     */
    @Property(tries = 500)
    void bytesAreTheUtf8OfTheQuotedText(@ForAll("anyText") List<List<String>> lines, @ForAll("delimiters") char d)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String f = line.get(i);
                boolean quote = f.indexOf(d) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                        || f.indexOf('\r') >= 0;
                text.append(i > 0 ? String.valueOf(d) : "")
                        .append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
            text.append('\n');
        }
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), write(lines, d));
    }

    /**
     * Text from the input reads back as it was given, but for a leading apostrophe before whatever starts like a
     * formula ({@code = + - @}, tab, carriage return), unless formulas are kept; each such cell is counted.
     */
    @Property(tries = 300)
    void inputTextReadsBackGuardedAndCounted(@ForAll("inputLines") List<List<String>> lines,
                                             @ForAll("delimiters") char d, @ForAll boolean keep) throws IOException {
        FormulaCells tally = FormulaCells.of(keep);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter out = CsvLineWriter.of(bytes, d, false).countingIn(tally)) {
            lines.forEach(out::line);
        }
        long formulas = lines.stream().flatMap(List::stream)
                .filter(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0).count();
        List<List<String>> expected = lines.stream().map(line -> line.stream()
                .map(f -> !keep && !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 ? "'" + f : f).toList())
                .toList();
        assertEquals(expected, CsvFields.read(bytes.toByteArray(), d));
        assertEquals(new FormulaCount(formulas, keep), tally.count());
    }

    @Example
    void fieldsLongerThanTheBufferRoundTrip() throws IOException {
        String plain = "x".repeat(200_000);
        String quoted = "a\"b,c;\n".repeat(30_000);
        String wide = "åö€\uD83D\uDE00".repeat(20_000);
        List<List<String>> lines = List.of(List.of("1", plain, "2"), List.of(quoted, "", plain), List.of("z", wide),
                List.of(wide + ",", "x"));
        for (char d : new char[] {',', ';'}) {
            assertEquals(lines, CsvFields.read(write(lines, d), d));
        }
    }

    @Example
    void quotesOnlyWhatNeedsQuoting() throws IOException {
        List<List<String>> lines = List.of(List.of("a b", "", "x;y", "x,y", "say \"hi\"", "two\nlines", "å"));
        assertEquals("a b,,x;y,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",å\n",
                new String(write(lines, ','), StandardCharsets.UTF_8));
        assertEquals("a b;;\"x;y\";x,y;\"say \"\"hi\"\"\";\"two\nlines\";å\n",
                new String(write(lines, ';'), StandardCharsets.UTF_8));
    }

    private static byte[] write(List<List<String>> lines, char delimiter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter out = CsvLineWriter.of(bytes, delimiter, false)) {
            for (List<String> line : lines) {
                for (int i = 0; i < line.size(); i++) {
                    if (i % 2 == 0) {
                        out.field(line.get(i));
                    } else {
                        char[] padded = ("<" + line.get(i) + ">").toCharArray();
                        out.field(padded, 1, padded.length - 2);
                    }
                }
                out.endLine();
            }
        }
        return bytes.toByteArray();
    }

    @Provide
    Arbitrary<List<List<String>>> lines() {
        // a line of one empty field would read back as a blank line, which is a different thing
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,;\"\n\r\tåÄ€").ofMaxLength(12);
        return field.list().ofMinSize(2).ofMaxSize(8).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<List<String>>> inputLines() {
        Arbitrary<String> field = Arbitraries.strings().withChars("a =+-@,;\"\n\r\tÄ'").ofMaxLength(6);
        return field.list().ofMinSize(2).ofMaxSize(6).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<List<String>>> anyText() {
        Arbitrary<String> pair = Arbitraries.of("\uD83D\uDE00", "\uD801\uDC37");
        Arbitrary<String> one = Arbitraries.strings().withChars("a,;\"\n\råÄ€\u0800\uFFFF\uD800\uDFFF").ofLength(1);
        Arbitrary<String> field = Arbitraries.oneOf(pair, one, Arbitraries.chars().map(String::valueOf)).list()
                .ofMaxSize(10).map(parts -> String.join("", parts));
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';');
    }
}
