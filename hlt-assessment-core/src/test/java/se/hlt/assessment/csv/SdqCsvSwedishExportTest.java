package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.Sex;

/**
 * A Swedish researcher's export as a spreadsheet saves it ("CSV (semikolonavgränsad)": Windows-1252, semicolons,
 * CR LF, Swedish column names, the sex coded 1/2) goes through the batch as it is, with one option at most.
 */
class SdqCsvSwedishExportTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "sdq-svensk-export.csv");
    private static final Charset CP1252 = TextEncoding.WINDOWS_1252.charset();
    private static final ExportConventions REGISTER_SEXES = ExportConventions.defaults()
            .withSexCode("1", Sex.MALE).withSexCode("2", Sex.FEMALE);

    @TempDir
    Path dir;

    private BatchHarness.Ran example(ExportConventions export) throws IOException {
        return new BatchHarness(dir).runBytes(Files.readAllBytes(EXAMPLE),
                SdqBatchOptions.defaults().withExport(export));
    }

    @Test
    void theExampleIsReadAsWindows1252AndWrittenBackSoWithItsLineEnds() throws IOException {
        BatchHarness.Ran ran = example(REGISTER_SEXES);
        BatchSummary s = ran.summary();
        assertEquals(TextEncoding.WINDOWS_1252, s.encoding());
        assertEquals(List.of(), s.notes());
        assertEquals("rows 38, scored 37, errors 1; lines read 39; read as windows-1252", s.line());
        String out = new String(ran.outputBytes(), CP1252);
        assertTrue(out.startsWith("löpnr;datum;tidpunkt;ålder;kön;kommun;"), out.substring(0, 60));
        assertTrue(out.contains(";Umeå;") && out.contains("mamma – per telefon"), "letters and the 1252 dash");
        assertEquals(out.split("\n", -1).length, out.split("\r\n", -1).length, "every line ends in CR LF");
        List<List<String>> rows = CsvFields.read(out.getBytes(StandardCharsets.UTF_8), ';');
        List<String> header = rows.get(0);
        // k-01, a girl of 13: her z-scores against the UK girls' norms are there, so age and sex were read
        List<String> k01 = rows.get(1);
        assertEquals("k-01", k01.get(0));
        assertFalse(k01.get(header.indexOf("pemotion_z_uk-parent-5-15-girls")).isEmpty());
        assertTrue(k01.get(header.indexOf("pemotion_z_uk-parent-5-15-boys")).isEmpty());
        assertTrue(new String(ran.errorBytes(), CP1252).startsWith("row;löpnr;column;reason_code;reason\r\n"));
    }

    @Test
    void sexCodesThatCannotBeReadAreOneNoteNotAnErrorPerRow() throws IOException {
        BatchHarness.Ran ran = example(ExportConventions.defaults());
        BatchSummary s = ran.summary();
        assertEquals(1, s.errors(), "only the row with a wrong code: the sex codes are one note");
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.SEX_CODES_UNREAD, "kön", 38, "2, 1", "1=boy,2=girl"),
                ReadingNote.of(ReadingNote.Kind.CONTEXT_MISSING, "sex")), s.notes());
        assertTrue(s.notes().get(0).message().contains("--sex-codes 1=boy,2=girl"), s.notes().get(0).message());
    }

    @Test
    void utf8OutputIsWrittenWithAByteOrderMarkWhenAsked() throws IOException {
        BatchHarness.Ran ran = example(REGISTER_SEXES.withOutputEncoding(OutputEncoding.UTF_8));
        byte[] out = ran.outputBytes();
        assertEquals(0xEF, out[0] & 0xFF);
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("mamma – per telefon"));
        assertEquals(TextEncoding.WINDOWS_1252, ran.summary().encoding(), "the encoding read, not written");
    }

    @Test
    void aColumnNamedForARoleIsReadInItAndTheDefaultNamePassesThrough() {
        String csv = SdqCsv.withPrefix("p", "ålder_år", "age", "kön")
                .row("c1", "1", cells("ålder_år", "9", "age", "old", "kön", "flicka")).text();
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv, SdqBatchOptions.defaults()
                .withExport(ExportConventions.defaults().withColumn("age", "Ålder_år")));
        assertEquals(0, ran.summary().errors(), ran.errorsText());
        List<List<String>> out = ran.output();
        assertEquals("old", out.get(1).get(out.get(0).indexOf("age")), "age passes through untouched");
        assertFalse(out.get(1).get(out.get(0).indexOf("pemotion_z_uk-parent-5-15-girls")).isEmpty());
        assertEquals(List.of(), ran.summary().notes());
    }

    @Test
    void aColumnNamedForARoleThatIsNotThereRefusesTheFile() {
        BatchHarness.Ran ran = new BatchHarness(dir).run(SdqCsv.withPrefix("p").row("c1", "1", cells()).text(),
                SdqBatchOptions.defaults().withExport(ExportConventions.defaults().withColumn("age", "ålder_år")));
        assertEquals(Refusal.of(RefusalKind.MISSING_COLUMN, "ålder_år"), ran.refusal());
    }

    @Test
    void thePrefixedAgeOfTheFilesInformantIsReadAndSaidSo() {
        String csv = SdqCsv.withPrefix("p", "page", "psex").row("c1", "1", cells("page", "9", "psex", "f")).text();
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv);
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_READ, "page", "age"),
                ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_READ, "psex", "sex")), ran.summary().notes());
        List<List<String>> out = ran.output();
        assertFalse(out.get(1).get(out.get(0).indexOf("pemotion_z_uk-parent-5-15-girls")).isEmpty());
    }

    @Test
    void aPrefixedAgeBesideTheAgePassesThroughAndIsSaidSo() {
        String csv = SdqCsv.withPrefix("p", "ålder", "page").row("c1", "1", cells("ålder", "9", "page", "12"))
                .text();
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv);
        assertEquals(ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_PASSED, "page", "age"),
                ran.summary().notes().get(0));
        List<List<String>> out = ran.output();
        assertEquals("12", out.get(1).get(out.get(0).indexOf("page")));
    }

    @Test
    void noAgeAndNoSexIsOneNoteSayingWhichOutputsStayEmpty() {
        BatchHarness.Ran ran = new BatchHarness(dir).run(SdqCsv.withPrefix("p").row("c1", "1", cells())
                .row("c2", "0", cells()).text());
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.CONTEXT_MISSING, "age_sex")), ran.summary().notes());
        assertTrue(ran.summary().notes().get(0).message().contains("z-scores and national bands stay empty"));
    }

    @Test
    void aWindows1252FileWhoseFirstMegabyteIsAsciiIsStillReadAs1252() {
        SdqCsv csv = SdqCsv.withPrefix("p", "kommun").delimiter(";");
        for (int i = 0; i < 20_000; i++) {
            csv.row("c" + i, "1", cells("kommun", "Lycksele"));
        }
        csv.row("c-last", "1", cells("kommun", "Malmö"));
        BatchHarness.Ran ran = new BatchHarness(dir).runBytes(csv.text().getBytes(CP1252),
                SdqBatchOptions.defaults());
        assertEquals(TextEncoding.WINDOWS_1252, ran.summary().encoding());
        assertTrue(new String(ran.outputBytes(), CP1252).contains(";Malmö;"));
    }

    @Test
    void aFileOfUtf8AfterAnAsciiMegabyteIsStillUtf8() {
        SdqCsv csv = SdqCsv.withPrefix("p", "kommun");
        for (int i = 0; i < 20_000; i++) {
            csv.row("c" + i, "1", cells("kommun", "Lycksele"));
        }
        csv.row("c-last", "1", cells("kommun", "Malmö"));
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv.text());
        assertEquals(TextEncoding.UTF_8, ran.summary().encoding());
        assertTrue(ran.outputText().contains(",Malmö,"));
    }
}
