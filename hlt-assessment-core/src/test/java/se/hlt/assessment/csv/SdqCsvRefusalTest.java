package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/** Files refused as a whole: nothing is written, and the message names columns and rows but never a value. */
class SdqCsvRefusalTest {

    @TempDir
    Path dir;

    private final String identityNumber = SyntheticIdentityNumbers.tenDigits("051231", "402");

    private BatchHarness harness() {
        return new BatchHarness(dir);
    }

    private Refusal refusalOf(String csv) {
        return refusalOf(csv, SdqBatchOptions.defaults());
    }

    private Refusal refusalOf(String csv, SdqBatchOptions options) {
        BatchHarness.Ran ran = harness().run(csv, options);
        assertNoFilesWritten();
        return ran.refusal();
    }

    private void assertNoFilesWritten() {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("in.csv"), files.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileThatMixesInformantsIsRefused() {
        String csv = "id,pconsid,prestles,tconsid,trestles\nc1,1,1,1,1\n";
        Refusal refusal = refusalOf(csv);
        assertEquals(RefusalKind.MIXED_INFORMANTS, refusal.kind());
        assertEquals("the file mixes informants (pconsid (parent), tconsid (teacher)); score each informant in a "
                + "file of its own", refusal.message());
    }

    @Test
    void aPrefixedAgeOfAnotherInformantPassesThroughWithANote() {
        // sage in a parent file may be anything (a sage green, a column of the self-report): never the age
        BatchHarness.Ran ran = harness().run(SdqCsv.withPrefix("p", "sage").row("c1", "1", cells("sage", "9"))
                .text());
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_PASSED, "sage", "age"),
                ReadingNote.of(ReadingNote.Kind.CONTEXT_MISSING, "age_sex")), ran.summary().notes());
        assertEquals("9", ran.output().get(1).get(ran.output().get(0).indexOf("sage")));
    }

    @Test
    void aHeaderWithoutAnItemColumnIsRefused() {
        assertEquals(RefusalKind.NO_ITEM_COLUMN, refusalOf("id,name,consid\nc1,x,1\n").kind());
        assertEquals(RefusalKind.NO_ITEM_COLUMN, refusalOf("id,pebddiff,pdistres\nc1,1,1\n").kind(),
                "impact questions alone cannot be scored");
    }

    @Test
    void anEmptyFileOrABlankFirstLineIsRefused() {
        assertEquals(RefusalKind.EMPTY_FILE, refusalOf("").kind());
        assertEquals(RefusalKind.BLANK_HEADER, refusalOf("\nid,pconsid\nc1,1\n").kind());
    }

    @Test
    void anIdColumnNamedButMissingIsRefused() {
        Refusal refusal = refusalOf(SdqCsv.withPrefix("p").row("c1", "1", cells()).text(),
                SdqBatchOptions.defaults().withIdColumn("lopnr"));
        assertEquals(RefusalKind.ID_COLUMN_MISSING, refusal.kind());
        assertEquals("the header has no id column lopnr", refusal.message());
    }

    @Test
    void aHeaderThatAlreadyHasAnOutputColumnIsRefused() {
        for (String column : List.of("pemotion", "pimpact_band4", "status", "FLAGS")) {
            String csv = SdqCsv.withPrefix("p", column).row("c1", "1", cells()).text();
            Refusal refusal = refusalOf(csv);
            assertEquals(RefusalKind.OUTPUT_COLUMN_IN_INPUT, refusal.kind(), column);
            assertTrue(refusal.message().contains(column), refusal.message());
        }
    }

    @Test
    void twoColumnsForOneQuestionOrFieldAreRefused() {
        assertEquals(RefusalKind.DUPLICATE_COLUMN,
                refusalOf(SdqCsv.withPrefix("p", "age", "ålder").row("c1", "1", cells()).text()).kind());
        assertEquals(RefusalKind.DUPLICATE_COLUMN,
                refusalOf(SdqCsv.withPrefix("p", "chronic", "pchronic").row("c1", "1", cells()).text()).kind());
        assertEquals(RefusalKind.DUPLICATE_COLUMN, refusalOf("id,ID,pconsid\nc1,c1,1\n").kind());
        Refusal refusal = refusalOf("id,pargues,plies\nc1,1,1\n", SdqBatchOptions.defaults().withVersion("2-4"));
        assertEquals("columns pargues and plies hold the same question or field; keep one", refusal.message());
    }

    @Test
    void anItemOfAnotherVersionIsRefused() {
        Refusal refusal = refusalOf("id,pconsid,pargues\nc1,1,1\n");
        assertEquals(RefusalKind.ITEM_NOT_ON_VERSION, refusal.kind());
        assertEquals("column pargues is not an item of the SDQ 4-17; check the version", refusal.message());
    }

    @Test
    void anUnknownVersionOrOneWithoutTheInformantsFormIsRefused() {
        String self = SdqCsv.withPrefix("s").row("c1", "1", cells()).text();
        Refusal unknown = refusalOf(self, SdqBatchOptions.defaults().withVersion("4-16"));
        assertEquals("4-16 is not an SDQ version; use one of 2-4, 4-17, 11-17", unknown.message());
        Refusal noSelfForm = refusalOf(self, SdqBatchOptions.defaults().withVersion("2-4"));
        assertEquals("the SDQ 2-4 has no form for this informant (self)", noSelfForm.message());
    }

    @Test
    void aPersonalIdentityNumberInTheIdColumnRefusesTheRunWithoutEchoingIt() {
        String csv = SdqCsv.withPrefix("p")
                .row("c1", "1", cells())
                .row(SyntheticIdentityNumbers.withDash(identityNumber), "1", cells())
                .text();
        Refusal refusal = refusalOf(csv);
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, refusal.kind());
        assertEquals("column id, row 3 looks like a personal identity number; HLT data must use pseudonymous ids, "
                + "so nothing was written", refusal.message());
        assertFalse(refusal.message().contains(identityNumber.substring(6)));
        assertFalse(String.join(" ", refusal.arguments()).contains(identityNumber.substring(6)));
    }

    @Test
    void aCoordinationNumberInAPassThroughColumnRefusesTheRun() {
        String coordination = "20" + SyntheticIdentityNumbers.tenDigits("120375", "118");
        String csv = SdqCsv.withPrefix("p", "note").row("c1", "1", cells("note", coordination)).text();
        Refusal refusal = refusalOf(csv);
        assertEquals(List.of("note", "2"), refusal.arguments());
    }

    @Test
    void aPersonalIdentityNumberInARowWithTheWrongCellCountRefusesTheRun() {
        String csv = SdqCsv.withPrefix("p").line("c1,1,1," + identityNumber).text();
        Refusal refusal = refusalOf(csv);
        assertEquals(List.of("psomatic", "2"), refusal.arguments(), "the fourth cell, under psomatic");
    }

    @Test
    void aRefusedRunLeavesOlderFilesAsTheyWere() throws IOException {
        Files.writeString(harness().output(), "older output");
        Files.writeString(harness().errors(), "older errors");
        String csv = SdqCsv.withPrefix("p").row(identityNumber, "1", cells()).text();
        BatchHarness.Ran ran = harness().run(csv);

        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, ran.refusal().kind());
        assertEquals("older output", Files.readString(harness().output()));
        assertEquals("older errors", Files.readString(harness().errors()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void theOutputMayNotOverwriteTheInput() throws IOException {
        Files.writeString(harness().input(), SdqCsv.withPrefix("p").row("c1", "1", cells()).text(),
                StandardCharsets.UTF_8);
        Outcome<BatchSummary> outcome = SdqCsvBatch.builtIn().run(harness().input(), harness().input(), harness().errors(),
                SdqBatchOptions.defaults());
        assertEquals(RefusalKind.SAME_FILE, outcome.refusal().orElseThrow().kind());
        Outcome<BatchSummary> sameTwo = SdqCsvBatch.builtIn().run(harness().input(), harness().output(), harness().output(),
                SdqBatchOptions.defaults());
        assertEquals(RefusalKind.SAME_FILE, sameTwo.refusal().orElseThrow().kind());
        assertTrue(Files.readString(harness().input()).startsWith("id,pconsid"));
    }
}
