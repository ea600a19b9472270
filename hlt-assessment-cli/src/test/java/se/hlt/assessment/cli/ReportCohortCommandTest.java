package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hlt report --cohort}: the page a process leader prints from {@code hlt cohort}'s table (CSV or JSON), in
 * Swedish or English, with hidden groups hidden and counted.
 */
class ReportCohortCommandTest {

    @TempDir
    Path dir;

    private Path pairs;

    @BeforeEach
    void pairTheExamples() {
        pairs = dir.resolve("pairs.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
    }

    private Path cohortCsv(String by, String minimum) {
        Path out = dir.resolve("cohort-" + by.replace(',', '-') + ".csv");
        Run run = Run.of("cohort", pairs.toString(), "--by", by, "--min-cell", minimum, "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return out;
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void aPagePerShownGroupAfterAnOverviewThatCountsTheHiddenOnes() throws IOException {
        Path table = cohortCsv("area,ageband", "2");
        Path page = dir.resolve("cohort.html");
        Run run = Run.of("report", "--cohort", "--lang", "en", "--out", page.toString(), table.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // hlt cohort said: groups 16, hidden 9. Södra Lappland 6-12 (4 pairs) is hidden too: with it shown, the
        // area's other two cells would add up to 1, so neither could be more than 1 (the audit's bound)
        assertEquals(1 + 16 - 9, count(html, "<section class=\"page cohort\">"), "an overview and 7 group pages");
        assertTrue(html.contains("9 groups are hidden: counts below 2, and others so that no hidden count can be "
                + "worked out from what is shown."), html);
        assertEquals(9, count(html, "<td>hidden</td>"), "one word, never why");
        assertFalse(html.contains("Group: area: Skellefteå · ageband: 0–5 years"), "no page for a hidden group");
        assertFalse(html.contains("Group: area: Södra Lappland · ageband: 6–12 years"), html);
        assertTrue(html.contains("Group: area: Södra Lappland · ageband: all — 5 pairs"), html);
        assertTrue(html.contains("<svg") && html.contains("class=\"change-chart\""), "the change charts");
        assertTrue(html.contains("Mean change in Total difficulties per group"), "the overview chart");
        assertFalse(html.contains("<script") || html.contains("http://") && !html.contains("www.w3.org"),
                "self-contained");
    }

    @Test
    void jsonGivesTheSamePagesAndSwedishIsSwedish() throws IOException {
        Path csvTable = cohortCsv("ageband", "3");
        Run json = Run.of("cohort", pairs.toString(), "--by", "ageband", "--min-cell", "3", "--json");
        Path jsonTable = Files.writeString(dir.resolve("cohort.json"), json.out(), StandardCharsets.UTF_8);
        Run fromCsv = Run.of("report", "--cohort", "--lang", "sv", "--out", "-", csvTable.toString());
        Run fromJson = Run.of("report", "--cohort", "--lang", "sv", "--out", "-", jsonTable.toString());
        assertEquals(ExitCodes.OK, fromCsv.exit(), fromCsv.err());
        assertEquals(ExitCodes.OK, fromJson.exit(), fromJson.err());
        assertEquals(count(fromCsv.out(), "<section"), count(fromJson.out(), "<section"));
        assertEquals(3, count(fromJson.out(), "<section"), "overview, 6–12 years and all");
        String sv = fromJson.out();
        assertTrue(sv.contains("lang=\"sv\""));
        assertTrue(sv.contains("Uppföljning i HLT: förändring i grupper av barn"), sv);
        assertTrue(sv.contains("från första skattningen (T1) till uppföljningen (T2)"));
        assertTrue(sv.contains("vårdnadshavare"), "the parent informant in Swedish");
        assertTrue(sv.contains("-5,88"), "decimal comma: " + sv.substring(0, 200));
    }

    @Test
    void aFileThatIsNoCohortTableIsNamedAndLeftOut() throws IOException {
        Path good = cohortCsv("ageband", "3");
        Run run = Run.of("report", "--cohort", "--lang", "en", "--out", dir.resolve("r.html").toString(),
                pairs.toString(), good.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains(pairs + " is not a cohort report from hlt cohort"), run.err());
        assertTrue(run.err().contains("row 1: no column level, measure"), run.err());
        assertTrue(Files.exists(dir.resolve("r.html")), "the good file is still reported");

        Run none = Run.of("report", "--cohort", "--lang", "en", "--out", dir.resolve("n.html").toString(),
                pairs.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, none.exit());
        assertTrue(none.err().contains("No cohort report could be read; nothing was written."), none.err());
        assertFalse(Files.exists(dir.resolve("n.html")));
    }

    @Test
    void orsSeriesJoinedToThePairsGetPagesOfTheirOwn() throws IOException {
        Path series = dir.resolve("ors-series.csv");
        Run batch = Run.of("batch", "ors", "--in", ScoreCommandTest.example("ors-sessions.csv").toString(), "--out",
                dir.resolve("ors-scored.csv").toString(), "--series", series.toString());
        assertTrue(batch.exit() <= ExitCodes.SOME_NOT_SCORED, batch.err());
        Path joined = dir.resolve("joined.csv");
        Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                ScoreCommandTest.example("sdq-followup.csv").toString(), "--ors-series", series.toString(),
                "--out", joined.toString());
        Path table = dir.resolve("joined-cohort.csv");
        Run cohort = Run.of("cohort", joined.toString(), "--min-cell", "1", "--out", table.toString());
        assertEquals(ExitCodes.OK, cohort.exit(), cohort.err());
        Run report = Run.of("report", "--cohort", "--lang", "en", "--out", "-", table.toString());
        assertEquals(ExitCodes.OK, report.exit(), report.err());
        String html = report.out();
        assertTrue(html.contains("ORS-SRS, self-report: from the first assessment"), "the child's own ORS report");
        assertTrue(html.contains("ORS-SRS, parent: from the first assessment"), "the parent's ORS report");
        assertTrue(html.contains("Mean change in ORS: Total per group"), html);
        assertTrue(html.contains("as ORS totals are higher when things go better"), "the ORS reading of the chart");
    }
}
