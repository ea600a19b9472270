package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.csv.CohortCsv;
import se.hlt.assessment.csv.CohortFiles;
import se.hlt.assessment.csv.ProgressListener;

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

    /**
     * A table edited so that its figures cannot stand together is a file that is no cohort report, named by its
     * row, in Swedish for a Swedish user: until 2026-12-07 the library's refusal escaped the reader and the command
     * said the file system had refused the file (exit 3).
     */
    @Test
    void aTableEditedBeyondWhatCohortWritesIsRefusedByItsRowInTheUsersLanguage() throws IOException {
        String[] lines = Files.readString(cohortCsv("ageband", "3"), StandardCharsets.UTF_8).split("\r?\n", -1);
        List<String> header = List.of(lines[0].split(","));
        int row = 1;
        while (lines[row].split(",", -1)[header.indexOf("change_ci_high")].isEmpty()) {
            row++;
        }
        String[] cells = lines[row].split(",", -1);
        cells[header.indexOf("change_ci_low")] = "1000";
        lines[row] = String.join(",", cells);
        Path edited = Files.writeString(dir.resolve("edited.csv"), String.join("\n", lines));
        Run run = Run.of("report", "--cohort", "--lang", "sv", "--out", dir.resolve("e.html").toString(),
                edited.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit(), run.err());
        assertTrue(run.err().contains("  - rad " + (row + 1) + ": värden som inte går ihop"), run.err());
        assertFalse(run.err().contains("filsystemet"), run.err());
    }

    @Test
    void orsSeriesJoinedToThePairsGetPagesOfTheirOwn() throws IOException {
        Path series = ScoreCommandTest.exampleOrsSeries(dir);
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

    /**
     * Issue 15: every figure is the same in the CSV, the JSON, the terminal table and the page. The files read
     * back give the library's report to the last bit (nothing rounded for show on the way), and the table and the
     * page print each shown figure of every group and score, rounded once, alike.
     */
    @Test
    void everyFigureIsTheSameInTheCsvTheJsonTheTableAndThePage() throws IOException {
        List<CohortReport> exact = CohortCsv.builtIn().read(List.of(pairs), new Grouping(List.of("ageband")), 3,
                ProgressListener.NONE).summary().orElseThrow().reports();
        Path csv = cohortCsv("ageband", "3");
        Run json = Run.of("cohort", pairs.toString(), "--by", "ageband", "--min-cell", "3", "--json");
        Path jsonFile = Files.writeString(dir.resolve("cohort.json"), json.out(), StandardCharsets.UTF_8);
        assertEquals(exact, CohortFiles.read(csv, Locale.ENGLISH).orElseThrow(), "the CSV carries every figure exactly");
        assertEquals(exact, CohortFiles.read(jsonFile, Locale.ENGLISH).orElseThrow(), "and so does the JSON");

        Run table = Run.of("cohort", "--lang", "sv", pairs.toString(), "--by", "ageband", "--min-cell", "3");
        Run page = Run.of("report", "--cohort", "--lang", "sv", "--out", "-", csv.toString());
        assertEquals(ExitCodes.OK, table.exit(), table.err());
        assertEquals(ExitCodes.OK, page.exit(), page.err());
        CohortFormat format = new CohortFormat(Messages.of(Locale.forLanguageTag("sv")));
        CohortReport report = exact.get(0);
        int compared = 0;
        for (CohortGroup group : report.groups()) {
            if (group.status().isHidden()) {
                continue;
            }
            String name = format.groupName(report.grouping(), group);
            String block = table.out().substring(table.out().indexOf(name + " \u2014 "));
            block = block.substring(0, block.indexOf("\n\n"));
            // a cell may offer the browser a line break after a slash (Html's <wbr/>): not part of the text
            String shown = page.out().replace("<wbr/>", "");
            String section = shown.substring(shown.indexOf("Grupp: " + name));
            section = section.substring(0, section.indexOf("</section>"));
            for (int s = 0; s < report.scales().size(); s++) {
                String scale = format.scaleName(report.scales().get(s));
                String line = block.lines().filter(l -> l.startsWith("  " + scale + " ")).findFirst().orElseThrow();
                String row = section.substring(section.indexOf(">" + scale + "<"));
                row = row.substring(0, row.indexOf("</tr>")).replace("&lt;", "<");
                for (String figure : figures(format, group.scales().get(s))) {
                    assertTrue(line.contains(figure), figure + " in the table's " + line);
                    assertTrue(row.contains(figure), figure + " on the page's " + row);
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, "figures compared: " + compared);
        assertTrue(table.out().contains("% av 16"), "the n of the shares: " + table.out());
        assertTrue(page.out().contains("av 16"), "on the page too");
    }

    /** The figures a row shows, each as CohortFormat rounds it once; the missing mark left out. */
    private static List<String> figures(CohortFormat format, ScaleFigures f) {
        List<String> figures = new ArrayList<>(List.of(format.count(f.n()), format.mean(f.t1()), format.sd(f.t1()),
                format.mean(f.t2()), format.sd(f.t2()), format.value(f.meanChange()), format.interval(f.meanChange()),
                format.tTestP(f), format.p(f.signedRankP()), format.value(f.dz()), format.interval(f.dz()),
                format.percent(f.leftAtypicalPercent()), format.ofN(f.leftAtypicalN()), format.ofN(f.reliableChangeN()),
                format.value(f.meanAddedValue()), format.interval(f.meanAddedValue())));
        figures.addAll(format.addedValueCountParts(f)); // the page gives each its line, the table joins them
        if (f.improvedPercent().isPresent()) {
            figures.add(format.reliableChangeShort(f).split(" / ")[0]);
        }
        figures.removeIf(x -> x.isEmpty() || x.equals(CohortFormat.NONE));
        return figures;
    }
}
