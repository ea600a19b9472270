package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.csv.CohortCsv;
import se.hlt.assessment.csv.CohortFiles;
import se.hlt.assessment.csv.CohortSummary;
import se.hlt.assessment.csv.CompareInput;
import se.hlt.assessment.csv.CompareOptions;
import se.hlt.assessment.csv.CompareOutputs;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.csv.SdqPairsCsv;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * The cohort pages as a real browser prints them: the examples' pairs grouped by area and age band with a minimum
 * of 2, so that some groups are hidden for either reason, read back from the CSV that {@code hlt cohort --out}
 * writes, and printed by headless Chromium.
 */
class CohortReportInBrowserTest {

    @TempDir
    static Path dir;

    private static Path page;
    private static Chromium chromium;
    private static CohortReport report;

    @BeforeAll
    static void writeTheReport() throws IOException {
        chromium = Chromium.in(dir);
        report = report(List.of("area", "ageband"), 2);
        String html = new SdqReport(Messages.of(Locale.ENGLISH), NormsCatalog.builtIn(), LocalDate.of(2026, 11, 24))
                .cohortHtml(List.of(report));
        page = Files.writeString(dir.resolve("cohort.html"), html, StandardCharsets.UTF_8);
    }

    /** The examples' cohort by {@code by}, written as hlt cohort --out writes it and read back from there. */
    private static CohortReport report(List<String> by, int minimum) throws IOException {
        Path examples = Path.of("..", "examples");
        Path pairs = dir.resolve("pairs.csv");
        SdqPairsCsv.builtIn().run(CompareInput.twoFiles(examples.resolve("sdq-baseline.csv"),
                        examples.resolve("sdq-followup.csv")),
                new CompareOutputs(pairs, dir.resolve("u.csv"), dir.resolve("e.csv")), CompareOptions.defaults(),
                ProgressListener.NONE);
        CohortSummary done = CohortCsv.builtIn().read(List.of(pairs), new Grouping(by), minimum,
                ProgressListener.NONE).summary().orElseThrow();
        Path table = dir.resolve("cohort-" + String.join("-", by) + ".csv");
        CohortCsv.write(done.reports(), done.reading(), table, false);
        return CohortFiles.read(table, Locale.ENGLISH).orElseThrow().get(0);
    }

    private static long shownGroups() {
        return report.groups().stream().filter(g -> !g.status().isHidden()).count();
    }

    @Test
    void printsAnOverviewAndOneA4PagePerShownGroup() throws Exception {
        assertTrue(report.hidden() > 1, "hidden groups");
        Path pdf = chromium.printToPdf(page, dir.resolve("cohort.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : doc.getPages()) {
                assertEquals(595, Math.round(p.getMediaBox().getWidth()), "A4 width in points");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String overview = plain(stripper.getText(doc));
            assertTrue(overview.contains(report.hidden() + " groups are hidden: counts below " + report.minimum()
                    + ", and others so that no hidden count can be worked out from what is shown."), overview);
            assertTrue(overview.contains("Mean change in Total difficulties per group"), overview);
            // the overview of 16 groups may run onto a second page; then every shown group has exactly one page
            int overviewPages = 0;
            int groupPages = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = plain(stripper.getText(doc));
                if (text.contains("Change per scale")) {
                    groupPages++;
                    assertTrue(text.startsWith("HLT follow-up") && text.contains("Effect size d_z per scale"),
                            "a group page from its heading to its chart: " + text);
                    assertEquals(1, text.split("Group: ", -1).length - 1, "one group per page: " + text);
                    assertFalse(text.contains("hidden: fewer children"), "a hidden group has no page: " + text);
                } else {
                    assertEquals(0, groupPages, "the overview comes first: " + text);
                    overviewPages++;
                }
            }
            assertEquals(shownGroups(), groupPages);
            assertTrue(overviewPages <= 2, "the overview of 16 groups fits two pages: " + overviewPages);
            assertEquals(overviewPages + shownGroups(), doc.getNumberOfPages());
        }
    }

    @Test
    void aShortOverviewIsOnePage() throws Exception {
        CohortReport byAge = report(List.of("ageband"), 3);
        Path small = Files.writeString(dir.resolve("small.html"), new SdqReport(Messages.of(Locale.forLanguageTag(
                "sv")), NormsCatalog.builtIn(), LocalDate.of(2026, 11, 24))
                .cohortHtml(List.of(byAge)), StandardCharsets.UTF_8);
        long shown = byAge.groups().stream().filter(g -> !g.status().isHidden()).count();
        Path pdf = chromium.printToPdf(small, dir.resolve("small.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1 + shown, doc.getNumberOfPages(), plain(new PDFTextStripper().getText(doc)));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String overview = plain(stripper.getText(doc));
            assertTrue(overview.contains("Källor") && overview.contains("Uppföljning i HLT"), overview);
            assertTrue(overview.contains(" dold ") && !overview.contains("färre barn än"), "one word: " + overview);
            assertTrue(overview.contains(byAge.hidden() + " grupper är dolda: antal under 3, och fler så att inget "
                    + "dolt antal kan räknas fram ur det som visas."), overview);
        }
    }

    @Test
    void theChartsAreDrawnAndNothingIsWiderThanA4() throws Exception {
        String measuring = Files.readString(page, StandardCharsets.UTF_8).replace("</body>",
                "<script>document.body.setAttribute('data-fits', String(document.documentElement.scrollWidth"
                        + " <= window.innerWidth));document.body.setAttribute('data-charts', String(document"
                        + ".querySelectorAll('svg.change-chart').length));document.body.setAttribute('data-dots', String("
                        + "document.querySelectorAll('svg.change-chart circle.estimate').length));document.body"
                        + ".setAttribute('data-drawn', String(Array.from(document.querySelectorAll('svg.change-chart'))"
                        + ".every(function (s) { return s.getBoundingClientRect().width > 300; })));</script></body>");
        Path measured = Files.writeString(dir.resolve("measured.html"), measuring, StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(measured);
        assertTrue(dom.contains("data-fits=\"true\""), "no wider than A4: " + head(dom));
        assertTrue(dom.contains("data-charts=\"" + (1 + shownGroups()) + "\""), "a chart per page: " + head(dom));
        long estimates = shownGroups() + report.groups().stream().filter(g -> !g.status().isHidden())
                .flatMap(g -> g.scales().stream()).filter(f -> f.dz().isPresent()).count();
        assertTrue(dom.contains("data-dots=\"" + estimates + "\""), "a dot per estimate: " + head(dom));
        assertTrue(dom.contains("data-drawn=\"true\""), "every chart laid out at its width: " + head(dom));
    }

    @Test
    void aHiddenGroupShowsItsReasonAndNoFigure() throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        for (CohortGroup g : report.groups()) {
            if (g.status().isHidden()) {
                assertTrue(g.pairs().isEmpty() && g.scales().isEmpty(), "read back without figures");
            }
        }
        assertTrue(html.contains("<tr class=\"hidden cell\"><td>area: Skellefteå · ageband: 0–5 years</td>"
                + "<td class=\"num\">–</td><td class=\"num\">–</td>"), "a hidden cell's row has dashes only");
    }

    private static String plain(String text) {
        // lines broken where the page broke them read as one
        return text.replace('\u00a0', ' ').replace('\u2010', '-').replace('\u2011', '-').replaceAll("\\s+", " ")
                .strip();
    }

    private static String head(String dom) {
        int body = dom.indexOf("<body");
        return dom.substring(Math.max(0, body), Math.min(dom.length(), body + 200));
    }
}
