package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A row read by {@link CsvRow} and kept in a reused {@link CsvRowCopy} is written back exactly as read, even after
 * the reader has moved on (as the sessions batch writes a client's rows only when the client ends).
 */
class CsvRowCopyProperties {

    /** The rows are written back as they are, formulas too: what is checked here is the quoting. */
    private static final FormulaCells KEPT = FormulaCells.of(true);

    @Property(tries = 300)
    void aKeptRowIsWrittenBackAsRead(@ForAll("lines") List<List<String>> lines, @ForAll("delimiters") char d)
            throws IOException {
        assertEquals(lines, CsvFields.read(copyOneRowBehind(write(lines, d), d), d));
    }

    /** Reads {@code csv} and writes each row only after the next has been read, from one of two reused copies. */
    private static byte[] copyOneRowBehind(byte[] csv, char delimiter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRowCopy[] copies = {new CsvRowCopy(), new CsvRowCopy()};
        int rows = 0;
        try (CsvReader<CsvRow> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false)
                .allowMissingFields(true).allowExtraFields(true)
                .build(new CsvRow(delimiter), new String(csv, StandardCharsets.UTF_8));
             CsvLineWriter out = CsvLineWriter.of(bytes, delimiter, false).countingIn(KEPT)) {
            for (CsvRow row : reader) {
                row.copyInto(copies[rows % 2]);
                if (rows > 0) {
                    writeLine(copies[(rows - 1) % 2], out);
                }
                rows++;
            }
            if (rows > 0) {
                writeLine(copies[(rows - 1) % 2], out);
            }
        }
        return bytes.toByteArray();
    }

    private static void writeLine(CsvRowCopy copy, CsvLineWriter out) {
        copy.copyCells(out);
        out.endLine();
    }

    private static byte[] write(List<List<String>> lines, char delimiter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvLineWriter out = CsvLineWriter.of(bytes, delimiter, false).countingIn(KEPT)) {
            lines.forEach(out::line);
        }
        return bytes.toByteArray();
    }

    @Provide
    Arbitrary<List<List<String>>> lines() {
        // rows of mostly plain cells, some wider than a copy's first buffers; a line of one empty field would read
        // back as a blank line, which is a different thing
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.strings().withChars("ab 19.").ofMaxLength(30),
                Arbitraries.strings().withChars("ab ,;\"\n\r\tåÄ€").ofMaxLength(12));
        return field.list().ofMinSize(2).ofMaxSize(40).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';');
    }
}
