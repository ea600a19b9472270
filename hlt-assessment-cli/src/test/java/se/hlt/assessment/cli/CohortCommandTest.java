package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortCommandTest {

    @TempDir
    Path dir;

    private Path pairs;

    @BeforeEach
    void pairTheExamples() {
        pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
    }

    @Test
    void aTableToReadAndACsvWhoseHiddenGroupsSaySuppressed() throws IOException {
        Path out = dir.resolve("cohort.csv");
        Run run = Run.of("cohort", "--lang", "en", pairs.toString(), "--by", "consent", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().startsWith("pairs 16 = used 16 + left out 0; lines read 17; groups 3, hidden 2\n"), run.err());
        assertTrue(run.out().contains("consent: anonymous — hidden\n"), run.out());
        assertTrue(run.out().contains("consent: consent — hidden\n"), "not which one is the small one: " + run.out());
        assertTrue(run.out().contains("consent: all — 16 pairs"), run.out());
        assertTrue(run.out().contains("2 groups are hidden: counts below 5, and others so that no hidden count can "
                + "be worked out from what is shown."), run.out());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("instrument,informant,consent,level,measure,direction,n,suppressed,"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sdq,parent,anonymous,cell,pemotion,higher_is_worse,"
                + "hidden,hidden,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sdq,parent,consent,cell,pairs,,hidden,hidden,")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sdq,parent,(all),total,pairs,,16,,5,100,")));
    }

    @Test
    void inJsonAHiddenGroupCarriesNoNumber() throws IOException {
        Run run = Run.of("cohort", pairs.toString(), "--by", "consent", "--json");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode groups = new ObjectMapper().readTree(run.out()).get("reports").get(0).get("groups");
        int hidden = 0;
        for (JsonNode group : groups) {
            if (!group.get("status").asText().equals("shown")) {
                hidden++;
                assertFalse(group.has("pairs") || group.has("percentOfAll") || group.get("scales").size() > 0,
                        group.toString());
            }
        }
        assertEquals(2, hidden);
    }

    /**
     * Student's sleep data as a pairs file (times 10, plus 20: whole scores, t and p unchanged): cohort.csv gives
     * R's t = -4.0621, p = 0.002833 and mean difference -15.8 (-1.58 times 10).
     */
    @Test
    void theSleepDataGiveRsPublishedValuesInCohortCsv() throws IOException {
        double[] group1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] group2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        List<String> lines = new ArrayList<>(List.of("id,instrument,informant,version,pebdtot_t1,pebdtot_t2,"
                + "pebdtot_change"));
        for (int i = 0; i < group1.length; i++) {
            long t1 = Math.round(group2[i] * 10) + 20;
            long t2 = Math.round(group1[i] * 10) + 20;
            lines.add("s" + i + ",sdq,parent,4-17," + t1 + "," + t2 + "," + (t2 - t1));
        }
        Path sleep = Files.write(dir.resolve("sleep.csv"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("sleep-cohort.csv");
        Run run = Run.of("cohort", sleep.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        List<String> header = List.of(Files.readAllLines(out).get(0).split(","));
        String[] total = Files.readAllLines(out).stream().filter(l -> l.contains(",pebdtot,")).findFirst()
                .orElseThrow().split(",", -1);
        assertEquals("10", total[header.indexOf("n")]);
        // written exactly, so that whatever reads the file back rounds once (R's figures are rounded)
        assertEquals("-15.8", total[header.indexOf("change_mean")]);
        assertEquals(-4.0621, Double.parseDouble(total[header.indexOf("t")]), 5e-5);
        assertTrue(total[header.indexOf("t")].length() > "-4.0621".length(), "not rounded for show");
        assertEquals("9", total[header.indexOf("df")]);
        assertEquals(0.002833, Double.parseDouble(total[header.indexOf("t_test_p")]), 5e-7);
        assertEquals(0.009091, Double.parseDouble(total[header.indexOf("wilcoxon_p")]), 5e-7);
    }

    @Test
    void aColumnToGroupByThatTheFileLacksIsRefusedInSwedish() {
        Run run = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "skola");
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertTrue(run.err().contains("filen har ingen kolumn skola att gruppera efter"), run.err());
    }

    @Test
    void aMinimumBelowOneIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Run.of("cohort", pairs.toString(), "--min-cell", "0").exit());
        assertEquals(ExitCodes.USAGE, Run.of("cohort", pairs.toString(), "--by", "area,area").exit());
    }

    /**
     * A 3-year-old's forms on the 4-17 version: compare marks the pair age_outside_version, the cohort counts it in
     * a note of the table, the CSV and the JSON, and leaves the child's Added Value Score out of the mean (the model
     * covers 5-16), counting it.
     */
    @Test
    void aFormAgedOutsideItsVersionTravelsWithThePairToTheCohort() throws IOException {
        Path baseline = dir.resolve("b.csv");
        Path followUp = dir.resolve("f.csv");
        for (Path[] files : new Path[][] {{ScoreCommandTest.example("sdq-baseline.csv"), baseline},
            {ScoreCommandTest.example("sdq-followup.csv"), followUp}}) {
            List<String> lines = new ArrayList<>(Files.readAllLines(files[0], StandardCharsets.UTF_8));
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).startsWith("k-02,")) {
                    String[] cells = lines.get(i).split(",", -1);
                    cells[2] = "3";
                    lines.set(i, String.join(",", cells));
                }
            }
            Files.write(files[1], lines, StandardCharsets.UTF_8);
        }
        Path young = dir.resolve("young-pairs.csv");
        Run compare = Run.of("compare", "--baseline", baseline.toString(), "--followup", followUp.toString(), "--out",
                young.toString());
        assertTrue(compare.exit() <= ExitCodes.SOME_NOT_SCORED, compare.err());
        List<String> pairLines = Files.readAllLines(young, StandardCharsets.UTF_8);
        int column = List.of(pairLines.get(0).split(",")).indexOf("age_outside_version");
        assertTrue(column > 0, pairLines.get(0));
        assertEquals(1, pairLines.stream().skip(1).filter(l -> l.split(",", -1)[column].equals("yes")).count());
        assertEquals(pairLines.size() - 2, pairLines.stream().skip(1)
                .filter(l -> l.split(",", -1)[column].equals("no")).count());

        Path out = dir.resolve("young-cohort.csv");
        Run cohort = Run.of("cohort", "--lang", "en", young.toString(), "--min-cell", "1", "--out", out.toString());
        assertEquals(ExitCodes.OK, cohort.exit(), cohort.err());
        assertTrue(cohort.out().contains("Pairs with a form whose age is outside the ages of its version "
                + "(age_outside_version in the pairs file): 1."), cohort.out());
        assertTrue(cohort.out().contains("1 left out"), "the 3-year-old's AVS: " + cohort.out());
        List<String> header = List.of(Files.readAllLines(out).get(0).split(",", -1));
        String[] total = Files.readAllLines(out).stream().filter(l -> l.startsWith("sdq,parent,total,pairs,"))
                .findFirst().orElseThrow().split(",", -1);
        assertEquals("1", total[header.indexOf("age_outside_version")]);
        String[] ebdtot = Files.readAllLines(out).stream().filter(l -> l.startsWith("sdq,parent,total,pebdtot,"))
                .findFirst().orElseThrow().split(",", -1);
        assertEquals("1", ebdtot[header.indexOf("avs_left_out")]);
        assertEquals("15", ebdtot[header.indexOf("avs_n")]);

        Run json = Run.of("cohort", young.toString(), "--min-cell", "1", "--json");
        JsonNode report = new ObjectMapper().readTree(json.out()).get("reports").get(0);
        assertEquals(1, report.get("ageOutsideVersion").get("count").asInt(), report.toString());

        Run small = Run.of("cohort", "--lang", "sv", young.toString(), "--min-cell", "3");
        assertTrue(small.out().contains("(age_outside_version i parfilen): färre än 3."), "a count of 1 is not shown: "
                + small.out());
    }

    /**
     * ORS series rows take their group columns from an SDQ baseline of the same child even when it made no pair
     * (k-0417 has a baseline only); a child with no SDQ row at all is in a group named unknown, with its count.
     */
    @Test
    void orsRowsTakeTheirGroupFromAnySdqBaselineOfTheChildAndTheRestAreUnknown() throws IOException {
        Path series = ScoreCommandTest.exampleOrsSeries(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(ScoreCommandTest.example("sdq-baseline.csv"),
                StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(",", -1);
        cells[0] = "k-0417";
        cells[4] = "Nordmaling";
        lines.add(String.join(",", cells));
        Path baseline = Files.write(dir.resolve("baseline.csv"), lines, StandardCharsets.UTF_8);
        Path joined = dir.resolve("joined.csv");
        Run compare = Run.of("compare", "--baseline", baseline.toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--ors-series", series.toString(), "--out",
                joined.toString());
        assertTrue(compare.exit() <= ExitCodes.SOME_NOT_SCORED, compare.err());
        List<String> pairLines = Files.readAllLines(joined, StandardCharsets.UTF_8);
        int area = List.of(pairLines.get(0).split(",")).indexOf("area");
        List<String> ors0417 = pairLines.stream().filter(l -> l.startsWith("k-0417,ors-srs,")).toList();
        assertEquals(2, ors0417.size(), pairLines.toString());
        ors0417.forEach(l -> assertEquals("Nordmaling", l.split(",", -1)[area], l));

        Run cohort = Run.of("cohort", "--lang", "sv", joined.toString(), "--by", "area", "--min-cell", "1");
        assertEquals(ExitCodes.OK, cohort.exit(), cohort.err());
        assertTrue(cohort.out().contains("area: Nordmaling — 1 par"), cohort.out());
        assertTrue(cohort.out().contains("area: okänt — 2 par"), "k-0923 and k-0305: " + cohort.out());
        assertFalse(cohort.out().contains("area: – "), "never a bare dash");
        Run en = Run.of("cohort", "--lang", "en", joined.toString(), "--by", "area", "--min-cell", "1");
        assertTrue(en.out().contains("area: unknown — 2 pairs"), en.out());
    }

    /**
     * A child whose only SDQ row is a follow-up (k-0923) still gives its ORS rows a group: the store keeps a
     * follow-up's group columns when a series is joined.
     */
    @Test
    void orsRowsTakeTheirGroupFromASdqFollowUpWhenTheChildHasNoBaseline() throws IOException {
        Path series = ScoreCommandTest.exampleOrsSeries(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(ScoreCommandTest.example("sdq-followup.csv"),
                StandardCharsets.UTF_8));
        int areaColumn = List.of(lines.get(0).split(",")).indexOf("area");
        String[] cells = lines.get(1).split(",", -1);
        cells[0] = "k-0923";
        cells[areaColumn] = "Vindeln";
        lines.add(String.join(",", cells));
        Path followUp = Files.write(dir.resolve("followup.csv"), lines, StandardCharsets.UTF_8);
        Path joined = dir.resolve("joined.csv");
        Run compare = Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(),
                "--followup", followUp.toString(), "--ors-series", series.toString(), "--out", joined.toString());
        assertTrue(compare.exit() <= ExitCodes.SOME_NOT_SCORED, compare.err());
        List<String> pairLines = Files.readAllLines(joined, StandardCharsets.UTF_8);
        int area = List.of(pairLines.get(0).split(",")).indexOf("area");
        List<String> ors0923 = pairLines.stream().filter(l -> l.startsWith("k-0923,ors-srs,")).toList();
        assertFalse(ors0923.isEmpty(), pairLines.toString());
        ors0923.forEach(l -> assertEquals("Vindeln", l.split(",", -1)[area], l));
        // a child with an SDQ pair keeps its baseline's group, as before
        Run cohort = Run.of("cohort", "--lang", "en", joined.toString(), "--by", "area", "--min-cell", "1");
        assertTrue(cohort.out().contains("area: Vindeln — 1 pair"), cohort.out());
    }

    /** The groups the tool itself names (informant, form status, age outside the version) read in Swedish. */
    @Test
    void statusAndInformantGroupsAreNamedInSwedish() {
        Run sv = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "status_t1,age_outside_version",
                "--min-cell", "1");
        assertEquals(ExitCodes.OK, sv.exit(), sv.err());
        assertTrue(sv.out().contains("blankettens status vid T1: komplett · ålder utanför versionen: nej"), sv.out());
        assertTrue(sv.out().startsWith("SDQ, vårdnadshavare:"), sv.out());
    }
}
