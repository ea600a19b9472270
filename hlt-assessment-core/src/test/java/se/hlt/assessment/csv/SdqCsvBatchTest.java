package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.Informant;

/** The output file: scores, bands, status and flags of a parent 4-17 file, and the summary. */
class SdqCsvBatchTest {

    @TempDir
    Path dir;

    private BatchHarness harness() {
        return new BatchHarness(dir);
    }

    @Test
    void everyItemSomewhatTrueScoresFiveOnEachScale() {
        // all items 1: a reverse-keyed item also scores 2 - 1 = 1, so every scale sums to 5
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells(
                "pebddiff", "2", "pdistres", "2", "pimphome", "3", "pimpfrie", "0", "pimpclas", "1")).text();
        BatchHarness.Ran ran = harness().run(csv);

        assertEquals("rows 1, scored 1, errors 0; lines read 2", ran.summary().line());
        assertEquals("5", ran.cell(0, "pemotion"));
        assertEquals("5", ran.cell(0, "pconduct"));
        assertEquals("5", ran.cell(0, "phyper"));
        assertEquals("5", ran.cell(0, "ppeer"));
        assertEquals("5", ran.cell(0, "pprosoc"));
        assertEquals("20", ran.cell(0, "pebdtot"));
        assertEquals("10", ran.cell(0, "pextern"));
        assertEquals("10", ran.cell(0, "pintern"));
        // impact: distres 2 -> 1, imphome 3 -> 2, impfrie 0 -> 0, impclas 1 -> 0, impleis missing -> 0
        assertEquals("3", ran.cell(0, "pimpact"));
        assertEquals("complete", ran.cell(0, "status"));
        assertEquals("", ran.cell(0, "flags"));
    }

    @Test
    void bandsInBothSchemes() {
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells(
                "pebddiff", "2", "pdistres", "2", "pimphome", "3")).text();
        BatchHarness.Ran ran = harness().run(csv);

        assertEquals("abnormal", ran.cell(0, "pemotion_band3"));
        assertEquals("high", ran.cell(0, "pemotion_band4"));
        assertEquals("normal", ran.cell(0, "phyper_band3"));
        assertEquals("close_to_average", ran.cell(0, "phyper_band4"));
        assertEquals("borderline", ran.cell(0, "pprosoc_band3"));
        assertEquals("very_low", ran.cell(0, "pprosoc_band4"));
        assertEquals("abnormal", ran.cell(0, "pebdtot_band3"));
        assertEquals("very_high", ran.cell(0, "pebdtot_band4"));
        assertEquals("abnormal", ran.cell(0, "pimpact_band3"));
        assertEquals("very_high", ran.cell(0, "pimpact_band4"));
    }

    @Test
    void theOutputKeepsEveryInputColumnInOrderThenAddsScoresBandsStatusAndFlags() {
        SdqCsv csv = SdqCsv.withPrefix("p", "school", "age").row("c1", "0", cells("school", "Norra", "age", "9"));
        BatchHarness.Ran ran = harness().run(csv.text());

        List<String> expected = new ArrayList<>(csv.columns());
        List<String> scores = List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot", "extern", "intern",
                "impact");
        scores.forEach(s -> expected.add("p" + s));
        for (String scheme : List.of("band3", "band4")) {
            scores.stream().filter(s -> !s.equals("extern") && !s.equals("intern"))
                    .forEach(s -> expected.add("p" + s + "_" + scheme));
        }
        // then a z-score column per score of each norms table this version and informant may be compared with
        for (String table : List.of("uk-parent-5-15-boys", "uk-parent-5-15-girls")) {
            scores.stream().filter(s -> !s.equals("extern") && !s.equals("intern"))
                    .forEach(s -> expected.add("p" + s + "_z_" + table));
        }
        // and a band column per score of each cut-off table (the Swedish parent tables for ages 4 and 5)
        for (String table : List.of("se-parent-4-boys", "se-parent-5-boys", "se-parent-4-girls", "se-parent-5-girls")) {
            scores.stream().filter(s -> !List.of("extern", "intern", "impact").contains(s))
                    .forEach(s -> expected.add("p" + s + "_band_" + table));
        }
        expected.add("status");
        expected.add("flags");
        assertEquals(expected, ran.output().get(0));
        assertEquals("Norra", ran.cell(0, "school"));
        assertEquals("9", ran.cell(0, "age"));
        assertEquals("c1", ran.cell(0, "id"));
    }

    @Test
    void passThroughCellsAreCopiedExactly() {
        SdqCsv csv = SdqCsv.withPrefix("p", "note", "kommun")
                .row("c1", "0", cells("note", "  spaces kept, and a \"quote\"  ", "kommun", "Malmö"));
        BatchHarness.Ran ran = harness().run(csv.text().replace("  spaces kept, and a \"quote\"  ",
                "\"  spaces kept, and a \"\"quote\"\"  \""));

        assertEquals("  spaces kept, and a \"quote\"  ", ran.cell(0, "note"));
        assertEquals("Malmö", ran.cell(0, "kommun"));
    }

    @Test
    void proratedScalesAreFlaggedWithTheirItemCounts() {
        // emotion: somatic, worries, unhappy answered (3/5); conduct: tantrum missing (4/5)
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", "1", cells("pclingy", "", "pafraid", "", "ptantrum", "",
                "pebddiff", "0"));
        BatchHarness.Ran ran = harness().run(csv.text());

        assertEquals("prorated", ran.cell(0, "status"));
        assertEquals("prorated:pemotion(3/5) pconduct(4/5)", ran.cell(0, "flags"));
        assertEquals("5", ran.cell(0, "pemotion"), "3 points from 3 items -> 5");
        assertEquals("5", ran.cell(0, "pconduct"), "4 points from 4 items -> 5");
    }

    @Test
    void proratingRoundsHalfUp() {
        // emotion with 4 answered summing to 2: 2.5 -> 3 (never the half-even 2)
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", "0", cells("psomatic", "1", "pworries", "1", "pafraid", ""));
        assertEquals("3", harness().run(csv.text()).cell(0, "pemotion"));
    }

    @Test
    void aScaleWithTooFewItemsIsMissingAndTheRowIncomplete() {
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", "1", cells("ploner", "", "pfriend", "", "ppopular", "",
                "pebddiff", "0"));
        BatchHarness.Ran ran = harness().run(csv.text());

        assertEquals("incomplete", ran.cell(0, "status"));
        assertEquals("", ran.cell(0, "ppeer"));
        assertEquals("", ran.cell(0, "ppeer_band3"));
        assertEquals("", ran.cell(0, "pebdtot"));
        assertEquals("", ran.cell(0, "pintern"));
        assertEquals("10", ran.cell(0, "pextern"), "conduct 5 + hyper 5");
        assertEquals("missing:ppeer(2/5)", ran.cell(0, "flags"));
    }

    @Test
    void impactIsMissingWhenNoImpactQuestionIsAnswered() {
        BatchHarness.Ran ran = harness().run(SdqCsv.withPrefix("p").row("c1", "0", cells()).text());
        assertEquals("", ran.cell(0, "pimpact"));
        assertEquals("impact_missing", ran.cell(0, "flags"));
        assertEquals("complete", ran.cell(0, "status"), "impact does not decide the status");
    }

    @Test
    void noDifficultiesMakesImpactZeroAndFlagsImpactAnswers() {
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", "0", cells("pebddiff", "0", "pdistres", "3"));
        BatchHarness.Ran ran = harness().run(csv.text());
        assertEquals("0", ran.cell(0, "pimpact"));
        assertEquals("impact_answered_without_difficulties", ran.cell(0, "flags"));
    }

    @Test
    void anAgeOutsideTheVersionIsFlaggedNotRefused() {
        SdqCsv csv = SdqCsv.withPrefix("p", "age").row("c1", "0", cells("pebddiff", "0", "age", "3"));
        BatchHarness.Ran ran = harness().run(csv.text());
        assertEquals("0", ran.cell(0, "pemotion"));
        assertEquals("age_outside_version", ran.cell(0, "flags"));
    }

    @Test
    void severalFlagsAreSeparatedBySemicolons() {
        SdqCsv csv = SdqCsv.withPrefix("p", "age").row("c1", "1", cells("psomatic", "", "ploner", "",
                "pfriend", "", "ppopular", "", "age", "18"));
        BatchHarness.Ran ran = harness().run(csv.text());
        assertEquals("prorated:pemotion(4/5); missing:ppeer(2/5); impact_missing; age_outside_version",
                ran.cell(0, "flags"));
    }

    @Test
    void aRowOfEmptyCellsIsARowScoredIncomplete() {
        SdqCsv csv = SdqCsv.withPrefix("p").row(cells());
        BatchHarness.Ran ran = harness().run(csv.text());

        assertEquals("rows 1, scored 1, errors 0; lines read 2", ran.summary().line());
        assertEquals("incomplete", ran.cell(0, "status"));
        assertEquals("missing:pemotion(0/5) pconduct(0/5) phyper(0/5) ppeer(0/5) pprosoc(0/5); impact_missing",
                ran.cell(0, "flags"));
    }

    @Test
    void aCellOfOnlyWhitespaceIsMissing() {
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", "1", cells("psomatic", "  ", "pworries", "\t",
                "pebddiff", "0"));
        BatchHarness.Ran ran = harness().run(csv.text());
        assertEquals("prorated:pemotion(3/5)", ran.cell(0, "flags"));
    }

    @Test
    void numbersWithSurroundingSpacesAreRead() {
        SdqCsv csv = SdqCsv.withPrefix("p").row("c1", " 2 ", cells("pebddiff", "0"));
        assertEquals("complete", harness().run(csv.text()).cell(0, "status"));
    }

    @Test
    void theSummaryNamesTheInformantAndVersion() {
        BatchSummary summary = harness().run(SdqCsv.withPrefix("p").row("c1", "0", cells()).text()).summary();
        assertEquals(Informant.PARENT, summary.informant());
        assertEquals("4-17", summary.version());
        assertFalse(summary.idsFromRowNumbers());
        assertTrue(summary.allScored());
    }

    @Test
    void columnNamesAreMatchedIgnoringCaseAndWrittenBackAsGiven() {
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells()).text().replaceFirst("pconsid", "PConsid ");
        BatchHarness.Ran ran = harness().run(csv);
        assertEquals("PConsid ", ran.output().get(0).get(1));
        assertEquals("5", ran.cell(0, "pprosoc"));
    }

    @Test
    void everyRowGetsZScoresAgainstTheNormsThatFitItsChild() {
        SdqCsv csv = SdqCsv.withPrefix("p", "age", "sex")
                .row("girl9", "1", cells("age", "9", "sex", "f"))
                .row("boy9", "1", cells("age", "9", "sex", "m"))
                .row("noSex", "1", cells("age", "9", "sex", ""));
        BatchHarness.Ran ran = harness().run(csv.text());
        // every item answered 1: emotion 5; girls (5 - 2.0) / 2.0 = 1.50; boys (5 - 1.8) / 2.0 = 1.60
        assertEquals("1.50", ran.cell(0, "pemotion_z_uk-parent-5-15-girls"));
        assertEquals("", ran.cell(0, "pemotion_z_uk-parent-5-15-boys"));
        assertEquals("1.60", ran.cell(1, "pemotion_z_uk-parent-5-15-boys"));
        assertEquals("", ran.cell(2, "pemotion_z_uk-parent-5-15-boys"));
        assertEquals("", ran.cell(2, "pemotion_z_uk-parent-5-15-girls"));
    }
}
