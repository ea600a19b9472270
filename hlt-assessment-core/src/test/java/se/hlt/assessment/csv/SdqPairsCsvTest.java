package se.hlt.assessment.csv;

import se.hlt.assessment.privacy.SyntheticIdentityNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One child's change, checked against the specification's formulas with the numbers typed from it: the reliable
 * change index (norms.md 4) with the UK SDs (1a) and Goodman's alphas (1e), the 3 bands (sdq.md 7), and the Added
 * Value Score example (sdq.md 8).
 */
class SdqPairsCsvTest {

    @TempDir
    Path dir;

    private static final String[] EXTRA_B = {"date", "age", "sex", "area"};
    private static final String[] EXTRA_F = {"date", "age", "sex", "area", "pfureduc", "pfuhelp"};

    /** RCI = (T2 - T1) / (sqrt 2 * SD * sqrt(1 - r)), two decimals, as the pairs file writes it. */
    private static String rci(int t1, int t2, double sd, double r) {
        double value = (t2 - t1) / (Math.sqrt(2) * sd * Math.sqrt(1 - r));
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Girl k-1, 9: at T1 every item ticked 1 but worries 2 and tantrum 0 (emotion 6, conduct 4, hyper 5, peer 5:
     * total 20), distress and home life "a great deal" (impact 2 + 2 = 4); at T2 every item 1 but somatic,
     * worries, tantrum, fights, restles and fidgety 0 (emotion 3, conduct 3, hyper 3: total 14). The
     * specification's own AVS example. Boy k-2, 10: every item 2 at T1, 0 at T2.
     */
    private CompareHarness.Ran specChildren() {
        String baselines = SdqCsv.withPrefix("p", EXTRA_B)
                .row("k-1", "1", cells("pworries", "2", "ptantrum", "0", "pebddiff", "1", "pdistres", "3",
                        "pimphome", "3", "pimpfrie", "0", "pimpclas", "0", "pimpleis", "0",
                        "date", "2025-01-31", "age", "9", "sex", "f", "area", "Umeå"))
                .row("k-2", "2", cells("date", "2025-02-03", "age", "10", "sex", "m", "area", "Lycksele"))
                .text();
        String followUps = SdqCsv.withPrefix("p", EXTRA_F)
                .row("k-1", "1", cells("psomatic", "0", "pworries", "0", "ptantrum", "0", "pfights", "0",
                        "prestles", "0", "pfidgety", "0", "pebddiff", "0", "date", "2025-04-29", "age", "9",
                        "sex", "f", "area", "Umeå", "pfureduc", "4", "pfuhelp", "2"))
                .row("k-2", "0", cells("date", "2025-08-04", "age", "10", "sex", "m", "area", "Lycksele"))
                .text();
        return new CompareHarness(dir).two(baselines, followUps, CompareOptions.defaults());
    }

    @Test
    void theSpecificationsAddedValueScoreExample() {
        Map<String, String> k1 = specChildren().pair("k-1");
        assertEquals("20", k1.get("pebdtot_t1"));
        assertEquals("4", k1.get("pimpact_t1"));
        assertEquals("6", k1.get("pemotion_t1"));
        assertEquals("14", k1.get("pebdtot_t2"));
        assertEquals("3.3", k1.get("avs"), "sdq.md 8: 2.3 + 0.8 x 20 + 0.2 x 4 - 0.3 x 6 - 14");
        assertEquals("0.66", k1.get("avs_effect_size"), "AVS / 5");
        assertEquals("avs-ford2009", k1.get("avs_model"));
        assertTrue(k1.get("avs_caveat").contains("about ±10 points"), k1.get("avs_caveat"));
        assertTrue(k1.get("avs_caveat").contains("not for judging one child"), k1.get("avs_caveat"));
    }

    @Test
    void reliableChangeFromTheUkSdsOfTheChildsSexAndGoodmansAlphas() {
        CompareHarness.Ran ran = specChildren();
        Map<String, String> girl = ran.pair("k-1");
        assertEquals("uk-parent-5-15-girls", girl.get("rci_sd_table"));
        assertEquals("goodman2001-parent-alpha", girl.get("rci_reliability_table"));
        assertEquals("provisional", girl.get("rci_reliability_confidence"));
        assertEquals("-3", girl.get("pemotion_change"));
        assertEquals(rci(6, 3, 2.0, 0.67), girl.get("pemotion_rci"));
        assertEquals("no_reliable_change", girl.get("pemotion_status"));
        assertEquals(rci(4, 3, 1.6, 0.63), girl.get("pconduct_rci"));
        assertEquals(rci(20, 14, 5.5, 0.82), girl.get("pebdtot_rci"));
        assertEquals("abnormal", girl.get("pebdtot_band3_t1"));
        assertEquals("borderline", girl.get("pebdtot_band3_t2"));
        assertEquals("no", girl.get("pebdtot_clinsig"));

        Map<String, String> boy = ran.pair("k-2");
        assertEquals("uk-parent-5-15-boys", boy.get("rci_sd_table"));
        // every item 2 then 0: emotion 10 to 0; total 30 to 10 (the reverse-keyed items go the other way)
        assertEquals("-10", boy.get("pemotion_change"));
        assertEquals(rci(10, 0, 2.0, 0.67), boy.get("pemotion_rci"));
        assertEquals("improved", boy.get("pemotion_status"));
        assertEquals("yes", boy.get("pemotion_clinsig"), "reliable, and abnormal to normal");
        assertEquals(rci(30, 10, 6.0, 0.82), boy.get("pebdtot_rci"));
        assertEquals("yes", boy.get("pebdtot_clinsig"));
        // prosocial: every item 2 then 0 is 10 to 0, a fall in a strength: reliably worse
        assertEquals("deteriorated", boy.get("pprosoc_status"));
    }

    @Test
    void intervalFollowUpAnswersAndPassThrough() {
        CompareHarness.Ran ran = specChildren();
        Map<String, String> girl = ran.pair("k-1");
        assertEquals("88", girl.get("interval_days"));
        assertEquals("shorter_than_3_months", girl.get("interval_note"), "30 April is three months after 31 January");
        assertEquals("4", girl.get("pfureduc"));
        assertEquals("2", girl.get("pfuhelp"));
        assertEquals("Umeå", girl.get("area"));
        assertEquals("9", girl.get("age"));
        assertEquals("female", girl.get("sex"));
        assertEquals("sdq", girl.get("instrument"));
        assertEquals("parent", girl.get("informant"));
        assertEquals("4-17", girl.get("version"));
        assertEquals("longer_than_6_months", ran.pair("k-2").get("interval_note"));
        assertEquals(1, ran.summary().shorterThanWindow());
        assertEquals(1, ran.summary().longerThanWindow());
        assertEquals("rows 4 = paired 2 x 2 + unmatched 0 + conflicts 0 + errors 0; lines read 6", ran.summary().line());
    }

    @Test
    void noReliableChangeIndexWhereNoTableFitsAndTheNoteSaysWhy() {
        String baselines = SdqCsv.withPrefix("p", "age").row("k-9", "1", cells("age", "9")).text();
        String followUps = SdqCsv.withPrefix("p", "age").row("k-9", "0", cells("age", "9")).text();
        CompareHarness.Ran ran = new CompareHarness(dir).two(baselines, followUps, CompareOptions.defaults());
        Map<String, String> pair = ran.pair("k-9");
        assertEquals("", pair.get("pemotion_rci"));
        assertEquals("", pair.get("pemotion_status"));
        assertEquals("", pair.get("rci_sd_table"));
        assertTrue(pair.get("rci_note").contains("sex not given"), pair.get("rci_note"));
        assertEquals("no_dates", pair.get("interval_note"));
        assertEquals(1, ran.summary().withoutReliableChange());
        assertEquals(1, ran.summary().withoutDates());
    }

    @Test
    void theExamplesReconcileAndEachLeftOverRowSaysWhy() {
        Path examples = Path.of("..", "examples");
        CompareHarness h = new CompareHarness(dir);
        CompareHarness.Ran ran = h.run(CompareInput.twoFiles(examples.resolve("sdq-baseline.csv"),
                examples.resolve("sdq-followup.csv")), CompareOptions.defaults());
        CompareSummary s = ran.summary();
        assertEquals("rows 38 = paired 16 x 2 + unmatched 2 + conflicts 3 + errors 1; lines read 40", s.line());
        List<Map<String, String>> unpaired = ran.unpaired();
        assertEquals(List.of("k-17:unmatched:no_follow_up", "k-18:conflict:duplicates", "k-18:conflict:duplicates",
                "k-18:conflict:duplicates", "k-19:unmatched:no_baseline"), unpaired.stream()
                .map(u -> u.get("id") + ":" + u.get("outcome") + ":" + u.get("reason_code")).sorted().toList());
        assertEquals(List.of("baseline", "21", "k-20", "ptantrum"), List.of(ran.errors().get(0).get("file"),
                ran.errors().get(0).get("row"), ran.errors().get(0).get("id"), ran.errors().get(0).get("column")));
        assertEquals("longer_than_6_months", ran.pair("k-05").get("interval_note"));
        assertEquals(16, ran.pairs().size());
    }

    @Test
    void oneFileWithATimepointColumnPairsAsTwoFilesDo() {
        String forms = SdqCsv.withPrefix("p", "timepoint", "age", "sex")
                .row("a", "1", cells("timepoint", "t1", "age", "8", "sex", "m"))
                .row("b", "2", cells("timepoint", "baseline", "age", "8", "sex", "f"))
                .row("a", "0", cells("timepoint", "followup", "age", "8", "sex", "m"))
                .row("c", "0", cells("timepoint", "", "age", "8", "sex", "m"))
                .text();
        CompareHarness.Ran ran = new CompareHarness(dir).one(forms, CompareOptions.defaults());
        assertEquals("rows 4 = paired 1 x 2 + unmatched 2 + conflicts 0 + errors 0; lines read 5", ran.summary().line());
        assertEquals(List.of("input"), ran.unpaired().stream().map(u -> u.get("file")).distinct().toList());
        assertEquals("baseline", ran.unpaired().get(1).get("timepoint"), "an empty timepoint is the default");
    }

    @Test
    void aDateThatCannotBeReadSendsTheRowToTheErrorsFile() {
        String baselines = SdqCsv.withPrefix("p", "date").row("a", "1", cells("date", "2025-02-30")).text();
        String followUps = SdqCsv.withPrefix("p", "date").row("a", "1", cells("date", "2025-06-01")).text();
        CompareHarness.Ran ran = new CompareHarness(dir).two(baselines, followUps, CompareOptions.defaults());
        assertEquals("rows 2 = paired 0 x 2 + unmatched 1 + conflicts 0 + errors 1; lines read 4", ran.summary().line());
        assertEquals("date", ran.errors().get(0).get("column"));
        assertTrue(ran.errors().get(0).get("reason").contains("year-month-day"), ran.errorsText());
    }

    @Test
    void filesAreWrittenOnlyWhenTheRunCompletes() throws Exception {
        CompareHarness h = new CompareHarness(dir);
        String baselines = SdqCsv.withPrefix("p", "note").row("a", "1", cells("note", "x")).text();
        String followUps = SdqCsv.withPrefix("p", "note").row("a", "1", cells("note", SyntheticIdentityNumbers.withDash(SyntheticIdentityNumbers.tenDigits("121212", "121")))).text();
        CompareHarness.Ran ran = h.two(baselines, followUps, CompareOptions.defaults());
        assertEquals(RefusalKind.PERSONAL_IDENTITY_NUMBER, ran.refused().reason().kind());
        assertEquals(java.util.Optional.of("followup"), ran.refused().file());
        assertEquals(List.of("note", "2"), ran.refused().reason().arguments());
        assertFalse(ran.refused().reason().message().contains("1212"), "the value is never echoed");
        assertFalse(Files.exists(h.pairs()));
        assertFalse(Files.exists(h.unpaired()));
        assertFalse(Files.exists(h.errors()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void whatCannotBePairedIsRefused() {
        CompareHarness h = new CompareHarness(dir);
        String noId = SdqCsv.ofColumns("p", List.of("pconsid", "prestles")).line("1,1").text();
        assertEquals(RefusalKind.ID_COLUMN_NEEDED, h.two(noId, noId, CompareOptions.defaults()).refused().reason()
                .kind());
        String noTimepoint = SdqCsv.withPrefix("p").row("a", "1", cells()).text();
        assertEquals(RefusalKind.TIMEPOINT_COLUMN_NEEDED, h.one(noTimepoint, CompareOptions.defaults()).refused()
                .reason().kind());
        String teachers = SdqCsv.withPrefix("t").row("a", "1", cells()).text();
        CompareHarness.Ran mixed = h.two(noTimepoint, teachers, CompareOptions.defaults());
        assertEquals(RefusalKind.INFORMANTS_DIFFER, mixed.refused().reason().kind());
        assertEquals(List.of("parent", "teacher"), mixed.refused().reason().arguments());
        String clash = SdqCsv.withPrefix("p", "avs").row("a", "1", cells("avs", "3")).text();
        assertEquals(RefusalKind.OUTPUT_COLUMN_IN_INPUT, h.two(clash, noTimepoint, CompareOptions.defaults())
                .refused().reason().kind());
    }

    /** Written in two halves at once, by two threads, the pairs file is the file one thread writes. */
    @Test
    void twoHalvesWriteTheSameFileAsOne() throws Exception {
        Path examples = Path.of("..", "examples");
        Path series = Files.writeString(dir.resolve("series.csv"), String.join("\n",
                "client;episode;rater;sessions;intake_session;intake_total;latest_session;latest_total;change;cutoff;"
                        + "reliable_change_points;reliable_change;clinically_significant;alliance_latest_total;"
                        + "alliance_alert_sessions;no_early_change_session;below_expected_sessions",
                "k-03;;self;3;1;20,4;3;21,3;0,9;32;5;no_reliable_change;0;35,8;2 3;3;") + "\n");
        CompareInput input = CompareInput.twoFiles(examples.resolve("sdq-baseline.csv"),
                examples.resolve("sdq-followup.csv")).withOrsSeries(series);
        List<String> texts = new java.util.ArrayList<>();
        List<CompareSummary> summaries = new java.util.ArrayList<>();
        for (SdqPairsCsv pairing : List.of(SdqPairsCsv.builtIn(), SdqPairsCsv.builtIn().splittingWritesAbove(1))) {
            Path out = dir.resolve("pairs-" + texts.size() + ".csv");
            summaries.add(pairing.run(input, new CompareOutputs(out, dir.resolve("u.csv"), dir.resolve("e.csv")),
                    CompareOptions.defaults(), ProgressListener.NONE).summary().orElseThrow());
            texts.add(Files.readString(out));
        }
        assertEquals(texts.get(0), texts.get(1));
        assertEquals(summaries.get(0), summaries.get(1));
        assertEquals(16 + 1 + 1, texts.get(0).lines().count(), "header, 16 pairs, the series row");
    }
}
