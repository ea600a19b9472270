package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.series.SeriesScorer;

/**
 * The locale of a run's options: English by default, kept by every other {@code with...} copy, and the language of
 * the reasons in the errors and unmatched files, whose codes stay the same in every language.
 */
class ReasonsInTheUsersLanguageTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @TempDir
    Path dir;

    @Test
    void theOptionsAreEnglishByDefaultAndKeepTheirLocaleThroughEveryCopy() {
        assertEquals(Locale.ENGLISH, SdqBatchOptions.defaults().locale());
        SdqBatchOptions swedish = SdqBatchOptions.defaults().withLocale(SWEDISH);
        assertEquals(SWEDISH, swedish.withVersion("2-4").withIdColumn("lopnr").withFollowup(true)
                .withCoding(AnswerCoding.FROM_ONE).withMultilineCells(true).withNotPersonal(java.util.Set.of("x"))
                .withKeepFormulas(true).locale());
        assertEquals(Locale.ENGLISH, CompareOptions.defaults().reading().locale());
        CompareOptions compare = CompareOptions.defaults().withLocale(SWEDISH).withWindow(FollowUpWindow.HLT);
        assertEquals(SWEDISH, compare.reading().locale());
        assertEquals(SWEDISH, compare.reading().withFollowup(true).locale(), "each compare file's reading keeps it");
    }

    @Test
    void theBatchWritesTheReasonInSwedishWithOneCodePerReason() throws java.io.IOException {
        String csv = SdqCsv.withPrefix("p").row("c1", "1", cells("pconsid", "3", "pworries", "x")).text();
        BatchHarness.Ran english = new BatchHarness(Files.createDirectory(dir.resolve("en"))).run(csv);
        BatchHarness.Ran swedish = new BatchHarness(Files.createDirectory(dir.resolve("sv"))).run(csv,
                SdqBatchOptions.defaults().withLocale(SWEDISH));

        List<String> header = List.of("row", "id", "column", "reason_code", "reason");
        assertEquals(header, english.errors().get(0));
        assertEquals(header, swedish.errors().get(0), "the header is machine-readable: the same in every language");
        assertEquals(List.of("2", "c1", "pconsid pworries", "code_not_allowed not_a_whole_number",
                "pconsid: \"3\" is not an allowed code (allowed: 0, 1, 2 or empty); "
                        + "pworries: \"x\" is not a whole number (allowed: 0, 1, 2 or empty)"), english.errors().get(1));
        assertEquals(List.of("2", "c1", "pconsid pworries", "code_not_allowed not_a_whole_number",
                "pconsid: \"3\" är inget tillåtet svar (tillåtet: 0, 1, 2 eller tomt); "
                        + "pworries: \"x\" är inget heltal (tillåtet: 0, 1, 2 eller tomt)"), swedish.errors().get(1));
    }

    @Test
    void theSessionsBatchWritesItsReasonsInTheLocaleItIsGiven() {
        String csv = "client,session,date,instrument,rater,age,individually,interpersonally,socially,overall\n"
                + ",1,2026-01-12,ORS,self,14,4.5,5.0,4.2,4.6\n"
                + "k-1,1,2026-01-12,ORS,self,14,4.5,11.0,4.2,4.6\n";
        BatchFiles run = BatchFiles.run(dir, csv.getBytes(StandardCharsets.UTF_8),
                SessionsCsvBatch.of(SeriesScorer.builtIn()).withLocale(SWEDISH));
        assertEquals("row,client,column,reason_code,reason", run.errors().lines().findFirst().orElseThrow());
        assertEquals(List.of("2,,client,no_client,client: tom; varje rad behöver klientens pseudonyma id",
                "3,k-1,interpersonally,out_of_range,\"interpersonally: \"\"11.0\"\" ligger utanför det tillåtna "
                        + "intervallet; tillåtet: 0.0 till 10.0 eller tomt\""), run.errorRows());
    }

    @Test
    void compareWritesUnmatchedReasonsInSwedishBesideTheirCodes() {
        String baselines = SdqCsv.withPrefix("p").row("a", "1", cells()).row("b", "1", cells()).text();
        String followUps = SdqCsv.withPrefix("p").row("a", "1", cells()).row("a", "1", cells())
                .row("c", "1", cells("pconsid", "3")).text();
        CompareHarness.Ran ran = new CompareHarness(dir).two(baselines, followUps,
                CompareOptions.defaults().withLocale(SWEDISH));
        Map<String, String> b = ran.unpaired().stream().filter(u -> u.get("id").equals("b")).findFirst().orElseThrow();
        assertEquals("no_follow_up", b.get("reason_code"));
        assertEquals("ingen uppföljning med detta id", b.get("reason"));
        Map<String, String> a = ran.unpaired().stream().filter(u -> u.get("id").equals("a")).findFirst().orElseThrow();
        assertEquals("duplicates", a.get("reason_code"));
        assertEquals("1 första skattning och 2 uppföljningar med detta id: vilka som hör ihop kan inte avgöras",
                a.get("reason"));
        Map<String, String> error = ran.errors().get(0);
        assertEquals("code_not_allowed", error.get("reason_code"));
        assertEquals("pconsid: \"3\" är inget tillåtet svar (tillåtet: 0, 1, 2 eller tomt)", error.get("reason"));
    }

    @Test
    void comparesNoteOfWhyAPairHasNoReliableChangeIndexIsSwedishToo() {
        // a 9-year-old without a sex given: no UK parent table of SDs fits, and rci_note says so in Swedish
        String baselines = SdqCsv.withPrefix("p", "page").row("a", "1", Map.of("page", "9")).text();
        String followUps = SdqCsv.withPrefix("p", "page").row("a", "1", Map.of("page", "9")).text();
        String note = new CompareHarness(dir).two(baselines, followUps, CompareOptions.defaults().withLocale(SWEDISH))
                .pair("a").get("rci_note");
        assertTrue(note.startsWith("ingen normtabell med standardavvikelser gäller barnet (9 år, kön saknas): "), note);
        assertTrue(note.contains("gäller pojkar, 5\u201315 år"), note);
    }

    @Test
    void theAddedValueScoresNotesAndCaveatAreSwedishToo() {
        // a 3-year-old's parent pair on the 4-17 form (the model's sample is 5-16), and one whose impact is missing
        Map<String, String> three = new java.util.HashMap<>(Map.of("page", "3"));
        SdqCsv.IMPACT.forEach(q -> three.put("p" + q, "1"));
        Map<String, String> noImpact = Map.of("page", "9");
        String forms = SdqCsv.withPrefix("p", "page").row("a", "1", three).row("b", "1", noImpact).text();
        CompareHarness.Ran ran = new CompareHarness(dir).two(forms, forms, CompareOptions.defaults()
                .withLocale(SWEDISH));
        Map<String, String> a = ran.pair("a");
        assertEquals("barnets ålder vid första skattningen, 3, ligger utanför åldrarna 5\u201316 i urvalet som modellen "
                + "togs fram på", a.get("avs_note"), a.toString());
        assertTrue(a.get("avs_caveat").startsWith("Ett enskilt barns Added Value Score"), a.toString());
        assertEquals("impact saknas i första skattningen", ran.pair("b")
                .get("avs_note"));
        CompareHarness.Ran english = new CompareHarness(dir).two(forms, forms, CompareOptions.defaults());
        assertEquals("the child's age at baseline, 3, is outside the ages 5-16 of the sample the model was derived on",
                english.pair("a").get("avs_note"));
        assertEquals("baseline impact is missing", english.pair("b").get("avs_note"));
    }
}
