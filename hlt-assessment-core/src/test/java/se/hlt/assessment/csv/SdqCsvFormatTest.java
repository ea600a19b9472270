package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the file is read and written: delimiters, byte order mark, line ends, quoting, blank lines, encoding. */
class SdqCsvFormatTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private BatchHarness harness() {
        return new BatchHarness(dir);
    }

    @Test
    void aSwedishSpreadsheetExportWithSemicolonsBomCrlfAndQuotedFields() {
        String csv = SdqCsv.withPrefix("p", "kommentar")
                .delimiter(";").lineEnd("\r\n")
                .row("c1", "1", cells("kommentar", "\"flyttat; ny skola\"", "pebddiff", "0"))
                .row("c2", "2", cells("kommentar", "\"rad ett\r\nrad två\"", "pebddiff", "0"))
                .text();
        byte[] bytes = concat(BOM, csv.getBytes(StandardCharsets.UTF_8));
        BatchHarness.Ran strict = harness().runBytes(bytes, SdqBatchOptions.defaults());
        assertEquals("rows 2, scored 1, errors 1; lines read 4", strict.summary().line());
        BatchHarness.Ran ran = harness().runBytes(bytes, SdqBatchOptions.defaults().withMultilineCells(true));

        assertEquals("rows 2, scored 2, errors 0; lines read 4", ran.summary().line());
        List<List<String>> output = ran.output(';');
        int comment = output.get(0).indexOf("kommentar");
        assertEquals("id", output.get(0).get(0), "the byte order mark is not part of the first column's name");
        assertEquals("flyttat; ny skola", output.get(1).get(comment));
        assertEquals("rad ett\r\nrad två", output.get(2).get(comment));
        assertEquals("5", output.get(1).get(output.get(0).indexOf("pemotion")));
        assertEquals("10", output.get(2).get(output.get(0).indexOf("pemotion")));
    }

    @Test
    void zScoresHaveADecimalCommaInSemicolonFilesAndAPointOtherwise() {
        for (String delimiter : List.of(";", ",")) {
            String csv = SdqCsv.withPrefix("p", "age", "sex").delimiter(delimiter)
                    .row("g", "1", cells("age", "9", "sex", "f")).text();
            BatchHarness.Ran ran = harness().runBytes(csv.getBytes(StandardCharsets.UTF_8),
                    SdqBatchOptions.defaults());
            List<List<String>> output = ran.output(delimiter.charAt(0));
            String mark = delimiter.equals(";") ? "," : ".";
            // prosoc 5 against the girls' 8.9 (1.4): -2.785.. -> -2.79; hyper 5 against 2.9 (2.4): 0.875 -> 0.88
            List<String> header = output.get(0);
            assertEquals("-2" + mark + "79", output.get(1).get(header.indexOf("pprosoc_z_uk-parent-5-15-girls")));
            assertEquals("0" + mark + "88", output.get(1).get(header.indexOf("phyper_z_uk-parent-5-15-girls")));
        }
    }

    @Test
    void theOutputUsesTheInputsDelimiterAndRepeatsItsByteOrderMark() {
        String csv = SdqCsv.withPrefix("p").delimiter(";").row("c1", "1", cells()).text();
        BatchHarness.Ran ran = harness().runBytes(concat(BOM, csv.getBytes(StandardCharsets.UTF_8)),
                SdqBatchOptions.defaults());

        assertArrayEquals(BOM, Arrays.copyOf(ran.outputBytes(), 3));
        assertArrayEquals(BOM, Arrays.copyOf(ran.errorBytes(), 3));
        String firstLine = ran.outputText().substring(1, ran.outputText().indexOf('\n'));
        assertTrue(firstLine.startsWith("id;pconsid;prestles;"), firstLine);
        assertFalse(firstLine.contains(","), firstLine);
        assertEquals("row;id;column;reason_code;reason", ran.errorsText().substring(1).strip());
    }

    @Test
    void withoutAByteOrderMarkNoneIsWritten() {
        BatchHarness.Ran ran = harness().run(SdqCsv.withPrefix("p").row("c1", "1", cells()).text());
        assertTrue(ran.outputText().startsWith("id,pconsid,"));
        assertEquals("row,id,column,reason_code,reason\n", ran.errorsText());
    }

    @Test
    void commasInsideQuotesDoNotDecideTheDelimiter() {
        String header = "\"id, as given\";" + String.join(";", SdqCsv.withPrefix("p").columns().subList(1, 26));
        String row = "\"a,b,c\";" + "1;".repeat(24) + "1";
        BatchHarness.Ran ran = harness().run(header + "\n" + row + "\n",
                SdqBatchOptions.defaults().withIdColumn("id, as given"));
        assertEquals("rows 1, scored 1, errors 0; lines read 2", ran.summary().line());
        assertEquals("a,b,c", ran.output(';').get(1).get(0));
    }

    @Test
    void crlfLineEndsAreRead() {
        String csv = SdqCsv.withPrefix("p").lineEnd("\r\n").row("c1", "1", cells()).row("c2", "0", cells()).text();
        BatchHarness.Ran ran = harness().run(csv);
        assertEquals("rows 2, scored 2, errors 0; lines read 3", ran.summary().line());
        assertEquals("c2", ran.cell(1, "id"));
    }

    @Test
    void aLastLineWithoutALineEndIsARow() {
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells()).text().stripTrailing();
        assertEquals("rows 1, scored 1, errors 0; lines read 2", harness().run(csv).summary().line());
    }

    @Test
    void blankLinesAreNotRowsButAreCountedAndKeepTheRowNumbersOfASpreadsheet() {
        String csv = SdqCsv.withPrefix("p")
                .row("c1", "1", cells())
                .line("")
                .line("")
                .row("c2", "3", cells())
                .lineEnd("\r\n")
                .text();
        BatchHarness.Ran ran = harness().run(csv);

        assertEquals("rows 2, scored 1, errors 1; lines read 5", ran.summary().line());
        assertEquals(2, ran.summary().blankLines());
        assertEquals("5", ran.errors().get(1).get(0), "header 1, c1 2, blank 3 and 4, c2 5");
        assertEquals("c2", ran.errors().get(1).get(1));
    }

    @Test
    void aFileWithOnlyAHeaderHasNoRows() {
        BatchHarness.Ran ran = harness().run(SdqCsv.withPrefix("p").text());
        assertEquals("rows 0, scored 0, errors 0; lines read 1", ran.summary().line());
        assertEquals(1, ran.output().size());
    }

    @Test
    void aFileInNeitherEncodingIsRefusedNotGarbled() {
        String csv = SdqCsv.withPrefix("p", "kommun").row("c1", "1", cells("kommun", "Malmö")).text();
        BatchHarness.Ran ran = harness().runBytes(csv.getBytes(StandardCharsets.UTF_16LE),
                SdqBatchOptions.defaults());
        assertEquals(RefusalKind.UNKNOWN_ENCODING, ran.refusal().kind());
        assertTrue(ran.refusal().message().contains("UTF-8"), ran.refusal().message());
    }

    @Test
    void carriageReturnLineEndsAreRead() {
        String csv = SdqCsv.withPrefix("p").lineEnd("\r").row("c1", "1", cells()).line("").row("c2", "0", cells())
                .text();
        BatchHarness.Ran ran = harness().run(csv);
        assertEquals("rows 2, scored 2, errors 0; lines read 4", ran.summary().line());
        assertEquals(1, ran.summary().blankLines());
    }

    @Test
    void aLineBreakInsideAQuotedCellIsKeptWhenTheUserAllowsIt() {
        String csv = SdqCsv.withPrefix("p", "note")
                .row("c1", "1", cells("note", "\"two\r\nlines\""))
                .row("c2", "1", cells("note", "\"two\nlines\""))
                .text();
        BatchHarness.Ran strict = harness().run(csv);
        assertEquals("rows 2, scored 0, errors 2; lines read 5", strict.summary().line());
        BatchHarness.Ran ran = harness().run(csv, SdqBatchOptions.defaults().withMultilineCells(true));
        assertEquals("two\r\nlines", ran.cell(0, "note"));
        assertEquals("two\nlines", ran.cell(1, "note"));
    }

    @Test
    void aLoneCarriageReturnInsideAQuotedCellStaysInItsCell() {
        // FastCSV before 4.4.0 ran this row into the next one, losing a row
        String csv = SdqCsv.withPrefix("p", "note")
                .row("c1", "1", cells())
                .line("")
                .row("c2", "1", cells("note", "\"old\rmac\""))
                .row("c3", "1", cells())
                .text();
        BatchHarness.Ran ran = harness().run(csv, SdqBatchOptions.defaults().withMultilineCells(true));
        assertEquals(3, ran.summary().rows());
        assertEquals(3, ran.summary().scored());
        assertEquals("old\rmac", ran.cell(1, "note"));
        assertEquals("", ran.cell(2, "note"));
    }

    @Test
    void theFilesWrittenGetThePermissionsOfAnyNewFile() throws IOException {
        assertTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "the build runs on a POSIX file system (CI: Linux), where permissions can be checked");
        BatchHarness.Ran ran = harness().run(SdqCsv.withPrefix("p").row("c1", "1", cells()).text());
        assertEquals(1, ran.summary().scored());
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(harness().output()));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(harness().errors()));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
