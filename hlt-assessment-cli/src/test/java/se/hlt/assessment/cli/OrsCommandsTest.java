package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.data.DataFiles;

/** {@code hlt score} of ORS-family forms and series, and {@code hlt batch ors}, in English and Swedish. */
class OrsCommandsTest {

    private static String example(String name) {
        return ScoreCommandTest.example(name).toString();
    }

    @Test
    void anOrsFormGetsItsCutOffAndClinicalRangeInEnglish() {
        Run run = Run.of("score", "--lang", "en", example("ors-form.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Interpersonally    5.0  1/1"), run.out());
        assertTrue(run.out().contains("Total             18.3"), run.out());
        assertTrue(run.out().contains("Cut-off: a total below 28 is in the clinical range (ORS, self-report, "
                + "age 13-17) [provisional]."), run.out());
        assertTrue(run.out().contains("Total 18.3: in the clinical range."), run.out());
    }

    @Test
    void anOrsFormInSwedishHasTheSwedishScaleNamesAndADecimalComma() {
        Run run = Run.of("score", "--lang", "sv", example("ors-form.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        for (String name : List.of("Individuellt", "Nära relationer", "Socialt", "Allmänt", "Totalpoäng")) {
            assertTrue(run.out().contains(name), name + " in " + run.out());
        }
        assertTrue(run.out().contains("Totalpoäng 18,3: i klinisk nivå."), run.out());
        assertTrue(run.out().contains("Individuellt       4,5  1/1"), "the marks too: " + run.out());
        assertTrue(run.out().contains("Totalpoäng        18,3"), run.out());
        assertFalse(run.out().contains("4.5") || run.out().contains("18.3"), run.out());
        assertTrue(run.out().contains("[preliminär]"), run.out());
    }

    @Test
    void aSeriesIsATableSessionBySessionWithTheCutOffAndReliableChangeExplained() {
        Run run = Run.of("score", "--lang", "en", example("ors-series.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("ORS/SRS series of client k-0417, episode 2026-1"), out);
        assertTrue(out.contains("      2  2026-01-19  ORS 20.4    +2.1  yes       SRS 35.0  alliance 35.0 below 36; "
                + "alliance down 1.1 since the last session"), out);
        assertTrue(out.contains("Cut-off: a total below 28 is in the clinical range"), out);
        assertTrue(out.contains("Reliable change: a change since intake of 5 points or more"), out);
        assertTrue(out.contains("From session 1 to 4: 18.3 to 28.1 (+9.8): reliable improvement, clinically "
                + "significant"), out);
        assertTrue(out.contains("Rated by: parent"), out);
    }

    @Test
    void aSeriesInSwedish() {
        Run run = Run.of("score", "--lang", "sv", example("ors-series.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Samtal  Datum       Utfall    Förändring  Kliniskt  Allians   Signaler"),
                run.out());
        assertTrue(run.out().contains("tillförlitlig förbättring, kliniskt signifikant"), run.out());
        assertTrue(run.out().contains("Skattat av: vårdnadshavare"), run.out());
    }

    @Test
    void aSeriesWithProblemRowsListsThemAndExitsOne(@TempDir Path dir) throws IOException {
        Path series = dir.resolve("s.json");
        Files.writeString(series, "{\"client\": \"k-9\", \"sessions\": ["
                + "{\"session\": 1, \"instrument\": \"ors\", \"age\": 30, \"answers\": {\"total\": 20}},"
                + "{\"session\": 1, \"instrument\": \"ors\", \"age\": 30, \"answers\": {\"total\": 21}},"
                + "{\"session\": 2, \"instrument\": \"ors\", \"age\": 30, \"answers\": {\"individually\": 10.5}}]}");
        Run run = Run.of("score", "--lang", "en", series.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.out().contains("Not part of the series:"), run.out());
        assertTrue(run.out().contains("row 2: session 1 already has a form of this kind by this rater (row 1)"),
                run.out());
        assertTrue(run.out().contains("row 3: individually: \"10.5\" is out of range; allowed: 0.0 to 10.0 or empty"),
                run.out());
    }

    @Test
    void jsonOfAFormAndOfASeries() throws IOException {
        Run form = Run.of("score", "--json", example("ors-form.json"));
        assertEquals(ExitCodes.OK, form.exit(), form.err());
        JsonNode f = DataFiles.mapper().readTree(form.out());
        assertEquals("18.3", f.get("total").asText());
        assertTrue(f.get("clinical").asBoolean());
        assertFalse(f.has("row"), "a form on its own has no row");
        Run both = Run.of("score", "--json", example("ors-series.json"), example("sdq-self-followup.json"));
        JsonNode array = DataFiles.mapper().readTree(both.out());
        assertEquals("improved", array.get(0).get("tracks").get(0).get("outcome").get("reliableChange").asText());
        assertEquals("sdq-s-11-17-followup", array.get(1).get("instrument").asText());
    }

    @Test
    void theBatchScoresTheExampleAndWritesTheSeries(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("scored.csv");
        Run run = Run.of("batch", "ors", "--in", example("ors-sessions.csv"), "--out", out.toString(), "--series",
                dir.resolve("series.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("rows 18, scored 18, errors 0"), run.err());
        assertEquals(19, Files.readAllLines(out).size());
        assertEquals(5, Files.readAllLines(dir.resolve("series.csv")).size());
        assertEquals(List.of("row;client;column;reason_code;reason"),
                Files.readAllLines(dir.resolve("scored.errors.csv")));
        assertFalse(run.err().contains("--sex-codes"), "no note without the option: " + run.err());
    }

    @Test
    void sexCodesGivenToTheSessionsBatchAreSaidToBeUnusedNotSilentlyIgnored(@TempDir Path dir) {
        // issue 14: one command line for a whole export is fine, but no option may be quietly without effect
        Run run = Run.of("batch", "ors", "--lang", "sv", "--sex-codes", "1=boy,2=girl", "--in",
                example("ors-sessions.csv"), "--out", dir.resolve("o.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("obs: kön som anges med --sex-codes eller --column sex används inte"), run.err());
    }

    @Test
    void theBatchExitsOneWithErrorRowsAndPrintsOneClientsSeries(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "client,session,date,instrument,age,total\n"
                + "k-1,1,2026-01-12,ORS,30,18\nk-1,2,2026-01-19,ORS,30,41\nk-1,3,2026-01-26,ORS,30,26\n"
                + "k-2,1,2026-01-12,CORS,9,30\n");
        Run run = Run.of("batch", "ors", "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--errors", dir.resolve("e.csv").toString(), "--client", "k-1", "--lang", "sv");
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("rader 4, poängsatta 3, fel 1"), run.err());
        assertTrue(run.out().contains("ORS/SRS-serie för klient k-1"), run.out());
        assertTrue(run.out().contains("tillförlitlig förbättring, kliniskt signifikant"), run.out());
        assertFalse(run.out().contains("k-2"), run.out());
        List<String> errors = Files.readAllLines(dir.resolve("e.csv"));
        assertEquals("3,k-1,total,out_of_range,\"total: \"\"41\"\" ligger utanför det tillåtna intervallet; "
                + "tillåtet: 0.0 till 40.0 eller tomt\"", errors.get(1), "with --lang sv the reason is Swedish");
    }

    /** Issue 17's example: a client whose rows are all SRS, with nothing to pair them with. */
    private static final String SRS_ONLY = "client,episode,session,date,instrument,rater,age,individually,"
            + "interpersonally,socially,relationship,goals,approach,overall,total,rating\n"
            + "p1,,1,2026-01-10,SRS,self,30,,,,9.5,9.5,9.5,9.7,,\n"
            + "p1,,2,2026-01-17,SRS,self,30,,,,9.5,9.5,9.5,8.7,,\n";

    @Test
    void anSrsOnlyClientHasBothRowsInTheErrorsFileWithTheReasonGivenBesideOtherSessions(@TempDir Path dir)
            throws IOException {
        Path alone = dir.resolve("alone.csv");
        Files.writeString(alone, SRS_ONLY);
        Run run = Run.of("batch", "ors", "--lang", "en", "--in", alone.toString(), "--out",
                dir.resolve("o.csv").toString(), "--errors", dir.resolve("e.csv").toString(),
                "--series", dir.resolve("s.csv").toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("rows 2, scored 0, errors 2"), run.err());
        assertEquals(1, Files.readAllLines(dir.resolve("o.csv")).size(), "no row scored");
        assertEquals(1, Files.readAllLines(dir.resolve("s.csv")).size(), "no alliance-only series row");
        List<String> errors = Files.readAllLines(dir.resolve("e.csv"));
        assertEquals(List.of("row,client,column,reason_code,reason",
                "2,p1,session,no_matching_session,\"session: an SRS-family form for session 1, which has no ORS-family form\"",
                "3,p1,session,no_matching_session,\"session: an SRS-family form for session 2, which has no ORS-family "
                        + "form\""), errors);
        // the same client with an ORS at another session: the two SRS rows get the very same lines
        Path beside = dir.resolve("beside.csv");
        Files.writeString(beside, SRS_ONLY + "p1,,3,2026-01-24,ORS,self,30,5,5,5,,,,5,,\n");
        Run withOrs = Run.of("batch", "ors", "--lang", "en", "--in", beside.toString(), "--out",
                dir.resolve("o2.csv").toString(), "--errors", dir.resolve("e2.csv").toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, withOrs.exit(), withOrs.err());
        assertEquals(errors, Files.readAllLines(dir.resolve("e2.csv")));
    }

    @Test
    void anSrsOnlySeriesFileIsNotScoredAsAnAllianceSeries(@TempDir Path dir) throws IOException {
        Path series = dir.resolve("s.json");
        Files.writeString(series, "{\"client\": \"p1\", \"sessions\": ["
                + "{\"session\": 1, \"instrument\": \"srs\", \"age\": 30, \"answers\": {\"total\": 38.2}},"
                + "{\"session\": 2, \"instrument\": \"srs\", \"age\": 30, \"answers\": {\"total\": 37.0}}]}");
        Run run = Run.of("score", "--lang", "en", series.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.out().contains("an SRS-family form for session 2, which has no ORS-family form")
                || run.err().contains("an SRS-family form for session 2, which has no ORS-family form"),
                run.out() + run.err());
    }

    @Test
    void aSeriesWithoutAnAgeSaysTheAgeIsMissingRatherThanAssumingOneInBothLanguages(@TempDir Path dir)
            throws IOException {
        Path series = dir.resolve("s.json");
        Files.writeString(series, "{\"client\": \"k-9\", \"sessions\": ["
                + "{\"session\": 1, \"instrument\": \"ors\", \"answers\": {\"total\": 18.0}},"
                + "{\"session\": 2, \"instrument\": \"ors\", \"answers\": {\"total\": 26.0}}]}");
        Run en = Run.of("score", "--lang", "en", series.toString());
        assertEquals(ExitCodes.OK, en.exit(), en.err());
        assertTrue(en.out().contains("Cut-off: the ORS rated by self-report has its cut-off by age, and no age is "
                + "given; none is assumed"), en.out());
        assertTrue(en.out().contains("Reliable change: the value depends on the age, and no age is given; none is "
                + "assumed, so change is not judged."), en.out());
        Run sv = Run.of("score", "--lang", "sv", series.toString());
        assertTrue(sv.out().contains("och ingen ålder är angiven; ingen ålder antas, så ingen klinisk nivå visas."),
                sv.out());
        assertTrue(sv.out().contains("Tillförlitlig förändring: värdet beror på åldern, och ingen ålder är angiven"),
                sv.out());
        Run json = Run.of("score", "--json", series.toString());
        assertTrue(json.out().contains("\"reliableChangeMissing\" : \"age_not_given\"")
                || json.out().contains("\"reliableChangeMissing\":\"age_not_given\""), json.out());
    }

    @Test
    void theBatchRefusesAPersonalIdentityNumberWithExitThree(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.csv");
        String number = SyntheticNumbers.withDash(SyntheticNumbers.tenDigits(new java.util.Random(6)));
        Files.writeString(in, "client,session,instrument,total\n" + number + ",1,ORS,20\n");
        Run run = Run.of("batch", "ors", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("looks like a personal identity number"), run.err());
        assertFalse(run.err().contains(number.substring(0, 6)), run.err());
        assertFalse(Files.exists(dir.resolve("o.csv")));
    }

    @Test
    void theBatchWithAnExpectedResponseTableSaysWhetherSessionsAreOnTrack(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("expected.csv");
        Files.writeString(table, "intake_from,intake_to,session,expected,lower\n15,19.9,2,21,19\n");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "client,session,instrument,age,total\nk-1,1,ORS,30,18\nk-1,2,ORS,30,18.5\n");
        Run run = Run.of("batch", "ors", "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--expected", table.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<String> rows = Files.readAllLines(dir.resolve("o.csv"));
        assertTrue(rows.get(0).endsWith("expected_total,expected_lower,on_track,alerts"), rows.get(0));
        assertEquals("k-1,2,ORS,30,18.5,18.5,total_only,25,1,,0.5,21.0,19.0,0,below_expected", rows.get(2));
    }

    @Test
    void aBrokenRulesFileIsRefusedWithExitThree(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"id\": \"x\"}");
        Run run = Run.of("score", "--rules", rules.toString(), example("ors-form.json"));
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("rules.json"), run.err());
    }

    @Test
    void theReportGivesAnOrsFormWithoutASessionNumberItsPlaceAndSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        Run run = Run.of("report", "--lang", "en", "--out", out.toString(),
                example("ors-form.json"), example("sdq-parent-baseline.json"));
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains("ors-form.json has no session number: taken as session 1"), run.err());
        String html = java.nio.file.Files.readString(out);
        assertTrue(html.contains("class=\"series outcome\""), "the ORS chart beside the SDQ page");
    }

    @Test
    void aMissingInOptionIsAUsageErrorAndHelpHasAnExample() {
        assertEquals(ExitCodes.USAGE, Run.of("batch", "ors", "--out", "x.csv").exit());
        Run help = Run.of("batch", "ors", "--help");
        assertEquals(ExitCodes.OK, help.exit());
        assertTrue(help.out().contains("hlt batch ors --in examples/ors-sessions.csv"), help.out());
    }
}
