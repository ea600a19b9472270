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
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/**
 * The ORS/SRS series page as a real browser prints it: headless Chromium renders a client's series (the child's own
 * ORS and SRS, and a parent's ORS) to PDF and to its measured DOM.
 */
class SeriesReportInBrowserTest {

    /** A 14-year-old's ORS and SRS at four sessions, a parent's ORS totals at two; pseudonymous id only. */
    private static final String SERIES = """
            {"client": "k-0417", "episode": "2026-1", "sessions": [
             {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 4.5, "interpersonally": 5.0, "socially": 4.2, "overall": 4.6}},
             {"session": 1, "date": "2026-01-12", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.2, "goals": 9.0, "approach": 8.8, "overall": 9.1}},
             {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "parent", "age": 14,
              "answers": {"total": 22.0}},
             {"session": 2, "date": "2026-01-19", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 5.0, "interpersonally": 5.5, "socially": 4.8, "overall": 5.1}},
             {"session": 2, "date": "2026-01-19", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 8.0, "goals": 8.6, "approach": 8.5, "overall": 8.9}},
             {"session": 3, "date": "2026-01-26", "instrument": "ors", "rater": "self", "age": 14,
              "answers": {"individually": 7.1, "interpersonally": 7.0, "socially": 6.9, "overall": 7.2}},
             {"session": 3, "date": "2026-01-26", "instrument": "srs", "rater": "self", "age": 14,
              "answers": {"relationship": 9.3, "goals": 9.1, "approach": 9.0, "overall": 9.2}},
             {"session": 3, "date": "2026-01-26", "instrument": "ors", "rater": "parent", "age": 14,
              "answers": {"total": 29.5}}]}
            """;

    @TempDir
    static Path dir;

    private static Path page;
    private static Chromium chromium;

    @BeforeAll
    static void writeTheReport() throws IOException {
        chromium = Chromium.in(dir);
        SeriesScorer scorer = SeriesScorer.builtIn();
        SeriesResult result = scorer.score(SeriesJson.read(SERIES, scorer.scorer().instruments()).orElseThrow());
        String html = new SdqReport(Messages.of(Locale.forLanguageTag("sv")), NormsCatalog.builtIn(),
                LocalDate.of(2026, 3, 1))
                .html(List.of(), List.of(result));
        page = Files.writeString(dir.resolve("series.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneA4PagePerRaterWithTheChartLabelsTableAndExplanations() throws Exception {
        Path pdf = chromium.printToPdf(page, dir.resolve("series.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one page for the child's ratings, one for the parent's: "
                    + plain(new PDFTextStripper().getText(doc)));
            for (PDPage p : doc.getPages()) {
                assertEquals(595, Math.round(p.getMediaBox().getWidth()), "A4 width in points");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = plain(stripper.getText(doc));
            assertTrue(first.contains("id k-0417"), first);
            assertTrue(first.contains("ORS totalpoäng per samtal"), "the outcome chart's title: " + first);
            assertTrue(first.contains("SRS totalpoäng per samtal"), "the alliance chart's title: " + first);
            assertTrue(first.contains("gräns 28") && first.contains("gräns 36"), "both cut-off lines: " + first);
            assertTrue(first.contains("start ± 5"), "the reliable change band: " + first);
            assertTrue(first.contains("Samtal för samtal"), "the table: " + first);
            assertTrue(first.contains("18,3") && first.contains("28,2"), "intake and latest totals: " + first);
            assertTrue(first.contains("tillförlitlig förbättring"), "the summary line: " + first);
            assertTrue(first.contains("Källor"), "the sources stay on the page: " + first);
            assertFalse(first.substring(0, first.indexOf("Källor")).toLowerCase(Locale.ROOT).contains("session"),
                    "a Swedish page says samtal, not session (the sources cite the Session Rating Scale): " + first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = plain(stripper.getText(doc));
            assertTrue(second.contains("vårdnadshavare") && second.contains("22,0"), "the parent's page: " + second);
        }
    }

    @Test
    void theChartsAreDrawnAndNothingIsWiderThanA4() throws Exception {
        String measuring = Files.readString(page, StandardCharsets.UTF_8).replace("</body>",
                "<script>document.body.setAttribute('data-fits', String(document.documentElement.scrollWidth"
                        + " <= window.innerWidth));document.body.setAttribute('data-lines', String(document"
                        + ".querySelectorAll('svg.series polyline').length));document.body.setAttribute('data-"
                        + "drawn', String(Array.from(document.querySelectorAll('svg.series')).every(function (s) {"
                        + " return s.getBoundingClientRect().width > 300; })));</script></body>");
        Path measured = Files.writeString(dir.resolve("measured.html"), measuring, StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(measured);
        assertTrue(dom.contains("data-fits=\"true\""), "no wider than A4: " + head(dom));
        assertTrue(dom.contains("data-lines=\"3\""), "the child's ORS and SRS lines and the parent's: " + head(dom));
        assertTrue(dom.contains("data-drawn=\"true\""), "every chart laid out at its width: " + head(dom));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u2010', '-').replace('\u2011', '-');
    }

    private static String head(String dom) {
        int body = dom.indexOf("<body");
        return dom.substring(Math.max(0, body), Math.min(dom.length(), body + 200));
    }
}
