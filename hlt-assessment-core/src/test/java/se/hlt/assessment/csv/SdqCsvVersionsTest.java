package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.Informant;

/** Informants, versions, timepoints and the 1-3 coding. */
class SdqCsvVersionsTest {

    @TempDir
    Path dir;

    private BatchHarness.Ran run(String csv, SdqBatchOptions options) {
        return new BatchHarness(dir).run(csv, options);
    }

    private BatchHarness.Ran run(String csv) {
        return run(csv, SdqBatchOptions.defaults());
    }

    /** The 2-4 header: items 18 and 22 as {@code argues} and {@code spite}. */
    private static SdqCsv preschool(String prefix, String item18, String item22) {
        List<String> columns = new ArrayList<>(SdqCsv.withPrefix(prefix).columns());
        columns.set(columns.indexOf(prefix + "lies"), prefix + item18);
        columns.set(columns.indexOf(prefix + "steals"), prefix + item22);
        return SdqCsv.ofColumns(prefix, columns);
    }

    @Test
    void theTwoToFourVersionReadsArguesAndSpite() {
        // conduct: tantrum 0, obeys 2 (reversed: 0), fights 0, argues 2, spite 1 -> 3
        SdqCsv csv = preschool("p", "argues", "spite").row("c1", "0", cells(
                "pobeys", "2", "pargues", "2", "pspite", "1"));
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withVersion("2-4"));
        assertEquals("3", ran.cell(0, "pconduct"));
        assertEquals("2-4", ran.summary().version());
    }

    @Test
    void theTwoToFourVersionAcceptsTheReplacedNamesLiesAndSteals() {
        SdqCsv csv = preschool("p", "lies", "steals").row("c1", "0", cells("pobeys", "2", "plies", "2",
                "psteals", "1"));
        assertEquals("3", run(csv.text(), SdqBatchOptions.defaults().withVersion("2-4")).cell(0, "pconduct"));
    }

    @Test
    void parentTwoToFourHasThreeBandsButNoFourBandTable() {
        SdqCsv csv = preschool("p", "argues", "spite").row("c1", "1", cells("pebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withVersion("2-4"));
        // parent 2-4 emotion: normal 0-2, borderline 3, abnormal 4-10
        assertEquals("abnormal", ran.cell(0, "pemotion_band3"));
        assertEquals("", ran.cell(0, "pemotion_band4"));
        assertEquals("", ran.cell(0, "pimpact_band3"), "no impact banding is given for 2-4");
    }

    @Test
    void teacherTwoToFourHasNoBandsAtAll() {
        SdqCsv csv = preschool("t", "argues", "spite").row("c1", "1", cells("tebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withVersion("2-4"));
        assertEquals(Informant.TEACHER, ran.summary().informant());
        assertEquals("5", ran.cell(0, "temotion"));
        for (String column : List.of("temotion_band3", "temotion_band4", "tebdtot_band3", "timpact_band4")) {
            assertEquals("", ran.cell(0, column), column);
        }
    }

    @Test
    void teacherImpactHasThreeItemsAndFlagsHomeAndLeisure() {
        // distres 3 -> 2, impfrie 2 -> 1, impclas 3 -> 2; imphome and impleis are not on the teacher form
        SdqCsv csv = SdqCsv.withPrefix("t").row("c1", "0", cells("tebddiff", "2", "tdistres", "3",
                "timphome", "3", "timpfrie", "2", "timpclas", "3", "timpleis", "3"));
        BatchHarness.Ran ran = run(csv.text());
        assertEquals("5", ran.cell(0, "timpact"));
        assertEquals("not_on_this_version:imphome; not_on_this_version:impleis", ran.cell(0, "flags"));
    }

    @Test
    void selfReportIsVersionElevenToSeventeenByDefault() {
        SdqCsv csv = SdqCsv.withPrefix("s").row("c1", "1", cells("sebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text());
        assertEquals(Informant.SELF, ran.summary().informant());
        assertEquals("11-17", ran.summary().version());
        assertEquals("20", ran.cell(0, "sebdtot"));
        // self 11-17 ebdtot: normal 0-15, borderline 16-19, abnormal 20-40
        assertEquals("abnormal", ran.cell(0, "sebdtot_band3"));
    }

    @Test
    void codingOneToThreeSubtractsOneFromEveryCodedAnswer() {
        SdqCsv csv = SdqCsv.withPrefix("p", "chronic", "burden")
                .row("c1", "2", cells("pebddiff", "3", "pdistres", "4", "pimphome", "1", "chronic", "4",
                        "burden", "1"))
                .row("c2", "0", cells())
                .row("c3", "4", cells());
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withCoding(AnswerCoding.FROM_ONE));

        assertEquals("rows 3, scored 1, errors 2; lines read 4", ran.summary().line());
        assertEquals("5", ran.cell(0, "pemotion"), "2 in 1-3 coding is 1 as ticked");
        assertEquals("2", ran.cell(0, "pimpact"), "distres 4 -> 3 -> 2 points, imphome 1 -> 0");
        assertEquals("pconsid: \"0\" is not an allowed code (allowed: 1, 2, 3 or empty)",
                ran.errors().get(1).get(4).split("; ")[0]);
        assertTrue(ran.errors().get(2).get(4).startsWith("pconsid: \"4\" is not an allowed code"));
    }

    @Test
    void theFollowupFlagScoresFollowupForms() {
        SdqCsv csv = SdqCsv.withPrefix("p", "fureduc", "fuhelp")
                .row("c1", "1", cells("fureduc", "4", "fuhelp", "3", "pebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withFollowup(true));
        assertEquals("5", ran.cell(0, "pemotion"));
        assertEquals("", ran.cell(0, "flags"));
        assertEquals("4", ran.cell(0, "fureduc"), "reported answers pass through");
    }

    @Test
    void aTimepointColumnChoosesTheFormRowByRow() {
        SdqCsv csv = SdqCsv.withPrefix("p", "timepoint", "pchronic", "pfureduc")
                .row("c1", "1", cells("timepoint", "t1", "pchronic", "3", "pebddiff", "0"))
                .row("c1", "1", cells("timepoint", "followup", "pfureduc", "4", "pebddiff", "0"))
                .row("c2", "1", cells("timepoint", "", "pfureduc", "2", "pebddiff", "0"))
                .row("c3", "1", cells("timepoint", "T2", "pchronic", "1", "pebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text());

        assertEquals("rows 4, scored 4, errors 0; lines read 5", ran.summary().line());
        assertEquals("", ran.cell(0, "flags"));
        assertEquals("", ran.cell(1, "flags"));
        assertEquals("not_on_this_version:fureduc", ran.cell(2, "flags"), "an empty timepoint is the default");
        assertEquals("not_on_this_version:chronic", ran.cell(3, "flags"));
    }

    @Test
    void anEmptyTimepointFollowsTheFollowupFlag() {
        SdqCsv csv = SdqCsv.withPrefix("p", "timepoint", "fureduc")
                .row("c1", "1", cells("timepoint", "", "fureduc", "2", "pebddiff", "0"));
        BatchHarness.Ran ran = run(csv.text(), SdqBatchOptions.defaults().withFollowup(true));
        assertEquals("", ran.cell(0, "flags"));
    }

    @Test
    void answersNotOnTheRowsFormAreStillChecked() {
        SdqCsv csv = SdqCsv.withPrefix("p", "fureduc").row("c1", "1", cells("fureduc", "5"));
        BatchHarness.Ran ran = run(csv.text());
        assertEquals("code_not_allowed", ran.errors().get(1).get(3));
        assertEquals("fureduc: \"5\" is not an allowed code (allowed: 0, 1, 2, 3, 4 or empty)",
                ran.errors().get(1).get(4));
    }
}
