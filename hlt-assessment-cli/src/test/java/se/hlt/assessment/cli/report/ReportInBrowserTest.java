package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * The report as a real browser shows and prints it: headless Chromium renders a two-page report (a pair and a
 * single form, in Swedish) to PDF, to a screenshot and to its measured DOM.
 */
class ReportInBrowserTest {

    @TempDir
    static Path dir;

    private static Path page;
    private static Chromium chromium;

    @BeforeAll
    static void writeTheReport() throws IOException {
        chromium = Chromium.in(dir);
        String html = new SdqReport(Messages.of(Locale.forLanguageTag("sv")), NormsCatalog.builtIn(),
                LocalDate.of(2026, 3, 1))
                .html(Section.plan(List.of(Forms.baseline("k-17", LocalDate.of(2025, 1, 15)),
                                Forms.followUp("k-17", LocalDate.of(2025, 5, 20)), Forms.baseline("k-18")),
                        FormComparisons.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn())).sections());
        page = Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneA4PagePerSectionWithTheScaleNamesAndTheId() throws Exception {
        Path pdf = chromium.printToPdf(page, dir.resolve("report.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one page for the pair, one for the single form");
            for (PDPage p : doc.getPages()) {
                assertEquals(595, Math.round(p.getMediaBox().getWidth()), "A4 width in points");
                assertEquals(842, Math.round(p.getMediaBox().getHeight()), "A4 height in points");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = plain(stripper.getText(doc));
            assertTrue(first.contains("id k-17"), first);
            assertTrue(first.contains("Innebörd") && first.contains("bättre"), "the change table: " + first);
            assertTrue(first.contains("Added Value Score (AVS)") && first.contains("inte för att bedöma ett enskilt"),
                    "the AVS with its caveat: " + first);
            for (String scale : List.of("Emotionella symtom", "Uppförandeproblem", "Kamratproblem",
                    "Prosocialt beteende", "Total problempoäng", "Påverkan (impact)")) {
                assertTrue(first.contains(scale), scale + " in " + first);
            }
            // the family's own view and the dates, as the browser renders them (lines joined: wrapping is layout)
            String joined = first.replaceAll("\\s+", " ");
            assertTrue(joined.contains("Familjens egen bild"), joined);
            assertTrue(joined.contains("Problemen sedan kontakten började: lite bättre"), joined);
            assertTrue(joined.contains("Hjälp på andra sätt: ganska mycket"), joined);
            assertTrue(joined.contains("Svårigheter: ja, tydliga (T1), ja, små (T2)"), "T1 beside T2: " + joined);
            assertTrue(joined.contains("Första skattning 2025-01-15 och uppföljning 2025-05-20: 125 dagar, 4 månader"),
                    joined);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = plain(stripper.getText(doc));
            assertTrue(second.contains("id k-18"), second);
            assertTrue(second.contains("Källor"), "the sources stay on their page: " + second);
        }
    }

    @Test
    void nothingIsWiderThanAnA4PageAndTheChartsAreThere() throws Exception {
        // measure in the browser: a copy of the page with a script that writes its findings into the DOM
        String measuring = Files.readString(page, StandardCharsets.UTF_8).replace("</body>",
                "<script>document.body.setAttribute('data-fits', String(document.documentElement.scrollWidth"
                        + " <= window.innerWidth));document.body.setAttribute('data-charts', String(document"
                        + ".querySelectorAll('section svg.profile rect').length > 0 ? document.querySelectorAll("
                        + "'svg.profile').length : 0));</script></body>");
        Path measured = Files.writeString(dir.resolve("measured.html"), measuring, StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(measured);
        assertTrue(dom.contains("data-fits=\"true\""), "the page is no wider than A4: " + head(dom));
        assertTrue(dom.contains("data-charts=\"2\""), "a drawn chart on each page: " + head(dom));
    }

    @Test
    void theScreenshotShowsThePageWithItsRightMarginBlank() throws Exception {
        BufferedImage shot = ImageIO.read(chromium.screenshot(page, dir.resolve("report.png")).toFile());
        assertEquals(Chromium.A4_WIDTH_PX, shot.getWidth());
        // on the white page (the left margin's first column is white there), the right margin (14 mm, 53 px) is
        // white too: nothing was laid out beyond the text width
        int marginStart = shot.getWidth() - 40;
        int pageRows = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            if ((shot.getRGB(1, y) & 0xffffff) != 0xffffff) {
                continue; // the grey between two pages
            }
            pageRows++;
            for (int x = marginStart; x < shot.getWidth(); x++) {
                assertEquals(0xffffff, shot.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y + " in the right margin");
            }
        }
        assertTrue(pageRows > Chromium.A4_HEIGHT_PX / 2, "the page fills the window: " + pageRows);
        // and the page is not blank: the chart's coloured bands are drawn
        long coloured = 0;
        for (int x = 0; x < marginStart; x += 2) {
            for (int y = 0; y < shot.getHeight(); y += 2) {
                int rgb = shot.getRGB(x, y) & 0xffffff;
                if (rgb == 0xcde8cd || rgb == 0xf2b3aa) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 500, "band colours drawn: " + coloured);
    }

    /** PDF text with the browser's no-break spaces and hyphens as plain ones. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u2010', '-').replace('\u2011', '-');
    }

    private static String head(String dom) {
        int body = dom.indexOf("<body");
        return dom.substring(Math.max(0, body), Math.min(dom.length(), body + 200));
    }
}
