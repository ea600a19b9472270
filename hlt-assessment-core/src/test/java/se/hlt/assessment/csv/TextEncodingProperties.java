package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The encodings of a researcher's export: valid UTF-8 is never taken for Windows-1252, any text a 1252 file can
 * hold comes back from a 1252 output as it went in, and a file in neither encoding is told apart.
 */
class TextEncodingProperties {

    /** Whatever the text, its UTF-8 bytes are read as UTF-8 (all ASCII: read as UTF-8 too). */
    @Property(tries = 1000)
    void validUtf8IsNeverTakenForWindows1252(@ForAll String text) throws IOException {
        Assume.that(text.chars().filter(c -> c == 0).count() <= text.length() / 16);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Assume.that(text.chars().noneMatch(c -> Character.isSurrogate((char) c))); // an unpaired one is not valid UTF-8
        EncodingSniffer.Verdict verdict = EncodingSniffer.of(bytes, bytes.length, false);
        assertNotEquals(EncodingSniffer.Verdict.WINDOWS_1252, verdict, text);
        CsvInputStart start = CsvInputStart.peek(new BufferedInputStream(new ByteArrayInputStream(bytes)));
        assertEquals(TextEncoding.UTF_8, start.encoding());
    }

    /**
     * Text saved in 1252 whose bytes are not UTF-8 is read as 1252 and decodes back to itself. (A few short texts
     * are valid UTF-8 in 1252 too, a capital letter before a dash or a euro sign, Å– being UTF-8 for Ŗ: those
     * are read as UTF-8, since valid UTF-8 always is; an export's first lowercase å settles it.)
     */
    @Property(tries = 500)
    void windows1252TextIsReadAsWindows1252(@ForAll("cp1252Text") String text) throws IOException {
        byte[] bytes = text.getBytes(TextEncoding.WINDOWS_1252.charset());
        Assume.that(!validUtf8(bytes));
        CsvInputStart start = CsvInputStart.peek(new BufferedInputStream(new ByteArrayInputStream(bytes)));
        assertEquals(TextEncoding.WINDOWS_1252, start.encoding(), text);
        assertEquals(text, new String(bytes, start.encoding().charset()));
    }

    /**
     * Any text 1252 can hold, written by the line writer as a 1252 file (the UTF-8 bytes encoded again on their
     * way out, cut anywhere between writes), reads back as the same fields.
     */
    @Property(tries = 300)
    void anyTextRoundTripsThroughA1252Output(@ForAll("cp1252Lines") List<List<String>> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvInputStart like = new CsvInputStart(false, ';', TextEncoding.WINDOWS_1252, true, true);
        try (CsvLineWriter out = CsvLineWriter.of(bytes, like)) {
            for (List<String> line : lines) {
                line.forEach(out::field);
                out.endLine();
            }
        }
        String read = new String(bytes.toByteArray(), TextEncoding.WINDOWS_1252.charset());
        assertEquals(lines, CsvFields.read(read.getBytes(StandardCharsets.UTF_8), ';'));
        assertTrue(read.endsWith("\r\n"), "the input's CR LF line ends");
    }

    @Example
    void aCharacter1252LacksIsWrittenAsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter out = CsvLineWriter.of(bytes, new CsvInputStart(false, ';', TextEncoding.WINDOWS_1252,
                false, true))) {
            out.field("Łódź – Malmö");
            out.endLine();
        }
        assertEquals("?ód? – Malmö\n", new String(bytes.toByteArray(), TextEncoding.WINDOWS_1252.charset()));
    }

    @Example
    void utf16AndBytesUndefinedIn1252AreNeither() {
        byte[] utf16 = "id;pconsid\r\nk-1;1\r\n".getBytes(StandardCharsets.UTF_16);
        assertEquals(EncodingSniffer.Verdict.NEITHER, EncodingSniffer.of(utf16, utf16.length, false));
        byte[] utf16le = "id;pconsid\r\nk-1;1\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(EncodingSniffer.Verdict.NEITHER, EncodingSniffer.of(utf16le, utf16le.length, false));
        byte[] undefined = {'i', 'd', (byte) 0x81, (byte) 0xE5, '\n'};
        assertEquals(EncodingSniffer.Verdict.NEITHER, EncodingSniffer.of(undefined, undefined.length, false));
        assertEquals(Optional.empty(), EncodingSniffer.encoding(EncodingSniffer.Verdict.NEITHER));
    }

    @Example
    void aUtf8SequenceCutByTheWindowIsNotHeldAgainstIt() {
        byte[] bytes = "Malmö".getBytes(StandardCharsets.UTF_8);
        assertEquals(EncodingSniffer.Verdict.UTF_8, EncodingSniffer.of(bytes, bytes.length - 1, true));
        assertEquals(EncodingSniffer.Verdict.WINDOWS_1252, EncodingSniffer.of(bytes, bytes.length - 1, false));
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            TextEncoding.UTF_8.strictDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> cp1252Text() {
        return Arbitraries.strings().withChars("abcåäöÅÄÖé–€\"; ,x19").ofMaxLength(30);
    }

    @Provide
    Arbitrary<List<List<String>>> cp1252Lines() {
        Arbitrary<String> field = Arbitraries.strings().withChars("abåäöÅÄÖü–—€‰\"; ,\n\r19").ofMinLength(1)
                .ofMaxLength(12);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(5);
    }
}
