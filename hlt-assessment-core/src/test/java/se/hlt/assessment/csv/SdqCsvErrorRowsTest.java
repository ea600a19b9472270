package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/** Rows that cannot be scored go, whole, to the errors file: one line each, with every bad cell. */
class SdqCsvErrorRowsTest {

    @TempDir
    Path dir;

    private BatchHarness.Ran run(SdqCsv csv) {
        return new BatchHarness(dir).run(csv.text());
    }

    /** The errors file's line for the only bad row: row, id, columns, reason codes, reasons. */
    private static List<String> onlyError(BatchHarness.Ran ran) {
        List<List<String>> errors = ran.errors();
        assertEquals(2, errors.size(), () -> "expected one error line in\n" + ran.errorsText());
        return errors.get(1);
    }

    @Test
    void aCodeThatIsNotAllowedSendsTheRowToTheErrorsFile() {
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p")
                .row("c1", "1", cells())
                .row("c2", "1", cells("pconsid", "3"))
                .row("c3", "1", cells()));

        assertEquals("rows 3, scored 2, errors 1; lines read 4", ran.summary().line());
        assertEquals(List.of("3", "c2", "pconsid", "code_not_allowed", "pconsid: \"3\" is not an allowed code (allowed: 0, 1, 2 or empty)"),
                onlyError(ran));
        assertEquals("c1", ran.cell(0, "id"));
        assertEquals("c3", ran.cell(1, "id"));
    }

    @Test
    void valuesThatAreNotWholeNumbersOrCodes() {
        for (String bad : List.of("x", "1.5", "-1", "3", "+7", "1 1", "99999999999")) {
            BatchHarness.Ran ran = run(SdqCsv.withPrefix("p").row("c1", "1", cells("pworries", bad)));
            assertEquals(1, ran.summary().errors(), bad);
            assertEquals("pworries", onlyError(ran).get(2), bad);
        }
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p").row("c1", "1", cells("pworries", "1.5")));
        assertEquals("pworries: \"1.5\" is not a whole number (allowed: 0, 1, 2 or empty)", onlyError(ran).get(4));
    }

    /** An ORS/SRS session timepoint names no SDQ form: the row is an error, not a crash (it once was one). */
    @Test
    void aSessionTimepointIsNotAnSdqTimepoint() {
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p", "timepoint")
                .row("c1", "1", cells("timepoint", "session_start"))
                .row("c2", "1", cells("timepoint", "t2")));

        assertEquals("rows 2, scored 1, errors 1; lines read 3", ran.summary().line());
        assertEquals(List.of("2", "c1", "timepoint"), onlyError(ran).subList(0, 3));
    }

    @Test
    void impactAnswersGoUpToThree() {
        assertEquals(0, run(SdqCsv.withPrefix("p").row("c1", "1", cells("pebddiff", "3", "pdistres", "3")))
                .summary().errors());
        List<String> error = onlyError(run(SdqCsv.withPrefix("p").row("c1", "1", cells("pdistres", "4"))));
        assertEquals("pdistres: \"4\" is not an allowed code (allowed: 0, 1, 2, 3 or empty)", error.get(4));
    }

    @Test
    void everyBadCellOfARowIsListedOnItsOneLine() {
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p", "age", "sex")
                .row("c7", "1", cells("pconsid", "5", "ptantrum", "x", "age", "7.5", "sex", "q")));

        List<String> error = onlyError(ran);
        // a sex code that cannot be read is one note for the file (SdqCsvSwedishExportTest), not a row's error
        assertEquals("pconsid ptantrum age", error.get(2));
        assertEquals("pconsid: \"5\" is not an allowed code (allowed: 0, 1, 2 or empty); "
                + "ptantrum: \"x\" is not a whole number (allowed: 0, 1, 2 or empty); "
                + "age: \"7.5\" cannot be read (allowed: whole years from 0 to 120, or empty)", error.get(4));
    }

    @Test
    void unreadableAgeOrTimepointSendTheRowToTheErrorsFile() {
        assertEquals("age", onlyError(run(SdqCsv.withPrefix("p", "age").row("c1", "1", cells("age", "200"))))
                .get(2));
        assertEquals("timepoint", onlyError(run(SdqCsv.withPrefix("p", "timepoint")
                .row("c1", "1", cells("timepoint", "t3")))).get(2));
    }

    @Test
    void readableAgeSexAndTimepointSpellings() {
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p", "age", "sex", "timepoint")
                .row("c1", "1", cells("age", " 9 ", "sex", "Flicka", "timepoint", "T1"))
                .row("c2", "1", cells("age", "", "sex", "m", "timepoint", "baseline"))
                .row("c3", "1", cells("age", "17", "sex", "", "timepoint", "")));
        assertEquals("rows 3, scored 3, errors 0; lines read 4", ran.summary().line());
    }

    @Test
    void aRowWithTooFewOrTooManyCellsGoesToTheErrorsFile() {
        SdqCsv csv = SdqCsv.withPrefix("p");
        int width = csv.columns().size();
        BatchHarness.Ran ran = run(csv
                .line("short,1,1")
                .line("long" + ",1".repeat(width)));

        assertEquals("rows 2, scored 0, errors 2; lines read 3", ran.summary().line());
        List<List<String>> errors = ran.errors();
        assertEquals(List.of("2", "short", "", "wrong_cell_count", "the row has 3 cells, the header " + width), errors.get(1));
        assertEquals(List.of("3", "long", "", "wrong_cell_count", "the row has " + (width + 1) + " cells, the header " + width),
                errors.get(2));
    }

    @Test
    void longValuesAreNeverEchoed() {
        String name = "Anna Andersson";
        List<String> error = onlyError(run(SdqCsv.withPrefix("p").row("c1", "1", cells("pkind", name))));
        assertEquals("pkind: (a value of 14 characters) is not a whole number (allowed: 0, 1, 2 or empty)",
                error.get(4));
        assertFalse(String.join(",", error).contains("Anna"));
    }

    @Test
    void aPersonalIdentityNumberInAnItemIsAnErrorRowAndIsNotEchoed() {
        String number = SyntheticIdentityNumbers.tenDigits("051231", "402");
        BatchHarness.Ran ran = run(SdqCsv.withPrefix("p").row("c1", "1", cells("pkind", number)));
        List<String> error = onlyError(ran);
        assertEquals("pkind", error.get(2));
        assertFalse(ran.errorsText().contains(number.substring(4)), ran.errorsText());
    }

    @Test
    void withoutAnIdColumnRowsAreIdentifiedByTheirRowNumber() {
        List<String> columns = SdqCsv.withPrefix("p").columns().subList(1, 32);
        BatchHarness.Ran ran = new BatchHarness(dir).run(SdqCsv.ofColumns("p", columns)
                .row(SdqCsv.allItems("p", "1"))
                .line("")
                .row(SdqCsv.allItems("p", "2"))
                .row(cells("pconsid", "9"))
                .text());

        BatchSummary summary = ran.summary();
        assertTrue(summary.idsFromRowNumbers());
        assertEquals("rows 3, scored 2, errors 1; lines read 5", summary.line());
        assertEquals(List.of("row", "id", "column", "reason_code", "reason"), ran.errors().get(0));
        assertEquals(List.of("5", "5"), ran.errors().get(1).subList(0, 2));
        assertEquals(columns, ran.output().get(0).subList(0, columns.size()), "no column is added to the input's");
    }

    @Test
    void theIdColumnCanBeNamed() {
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells("pconsid", "7")).text().replaceFirst("id", "lopnr");
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv, SdqBatchOptions.defaults().withIdColumn("LopNr"));
        assertEquals(List.of("row", "lopnr", "column", "reason_code", "reason"), ran.errors().get(0));
        assertEquals("c1", ran.errors().get(1).get(1));
        assertFalse(ran.summary().idsFromRowNumbers());
    }
}
