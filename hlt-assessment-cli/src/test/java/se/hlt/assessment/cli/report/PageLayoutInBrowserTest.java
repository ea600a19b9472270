package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.csv.CohortCsv;
import se.hlt.assessment.csv.CohortFiles;
import se.hlt.assessment.csv.CohortSummary;
import se.hlt.assessment.csv.CompareInput;
import se.hlt.assessment.csv.CompareOptions;
import se.hlt.assessment.csv.CompareOutputs;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.csv.SdqPairsCsv;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.series.SeriesResult;

/**
 * Every kind of page, in Swedish and in English, laid out by headless Chromium: no word is split across two lines
 * (long Swedish words such as "koncentrationssvårigheter" wrap only between words), no word is drawn outside its
 * own cell, no chart text outside its chart, nothing wider than A4; and the printed PDFs, both Chromium's and
 * {@code hlt report --pdf}'s, hold only whole words of the page.
 */
class PageLayoutInBrowserTest {

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static String script;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.in(dir);
        try (InputStream in = PageLayoutInBrowserTest.class.getResourceAsStream("measure-layout.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page of {@code kind} in {@code language}: sdq (a pair, a form, a preschool teacher form), series, cohort. */
    static String page(String language, String kind) throws IOException {
        SdqReport report = new SdqReport(Messages.of(Locale.forLanguageTag(language)), NormsCatalog.builtIn(),
                LocalDate.of(2026, 3, 1));
        return switch (kind) {
            case "sdq" -> report.html(Section.plan(List.of(Forms.baseline("k-17"), Forms.followUp("k-17"),
                            Forms.baseline("k-18"), Forms.scored("sdq-t-2-4-baseline", "k-19",
                                    "0121201210210120121012101", Map.of())),
                    FormComparisons.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn())).sections());
            case "series" -> report.html(List.of(), series());
            case "cohort" -> report.cohortHtml(List.of(cohort()));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The series pages: with alerts (a child's and a parent's page), without, and a long one with many. */
    private static List<SeriesResult> series() {
        return List.of(SeriesFixtures.scored(SeriesFixtures.WITH_ALERTS),
                SeriesFixtures.scored(SeriesFixtures.WITHOUT_ALERTS), SeriesFixtures.scored(SeriesFixtures.longWithAlerts()));
    }

    /** The examples' cohort by area and age band, as hlt cohort --out writes it and hlt report reads it back. */
    private static CohortReport cohort() throws IOException {
        Path examples = Path.of("..", "examples");
        Path pairs = dir.resolve("pairs.csv");
        SdqPairsCsv.builtIn().run(CompareInput.twoFiles(examples.resolve("sdq-baseline.csv"),
                        examples.resolve("sdq-followup.csv")),
                new CompareOutputs(pairs, dir.resolve("u.csv"), dir.resolve("e.csv")), CompareOptions.defaults(),
                ProgressListener.NONE);
        CohortSummary done = CohortCsv.builtIn().read(List.of(pairs), new Grouping(List.of("area", "ageband")), 2,
                ProgressListener.NONE).summary().orElseThrow();
        Path table = dir.resolve("cohort.csv");
        CohortCsv.write(done.reports(), done.reading(), table, false);
        return CohortFiles.read(table, Locale.ENGLISH).orElseThrow().get(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sv, sdq", "en, sdq", "sv, series", "en, series", "sv, cohort", "en, cohort"})
    void noWordIsSplitOrDrawnOutsideItsCell(String language, String kind) throws Exception {
        String measuring = page(language, kind).replace("</body>", "<script>" + script + "</script></body>");
        String dom = chromium.dumpDom(Files.writeString(dir.resolve(language + "-" + kind + "-measured.html"),
                measuring, StandardCharsets.UTF_8));
        assertTrue(Integer.parseInt(attribute(dom, "data-checked")) > 200, "words measured: " + head(dom));
        assertEquals("", attribute(dom, "data-broken"), "words split across two lines");
        assertEquals("", attribute(dom, "data-overflow"), "words drawn outside their cell or box");
        assertEquals("", attribute(dom, "data-svg-outside"), "chart texts drawn outside their chart");
        assertEquals("true", attribute(dom, "data-fits"), "no wider than A4");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sv, sdq", "en, sdq", "sv, series", "en, series", "sv, cohort", "en, cohort"})
    void thePrintedPagesHoldOnlyWholeWords(String language, String kind) throws Exception {
        String html = page(language, kind);
        Set<String> words = words(html);
        Path page = Files.writeString(dir.resolve(language + "-" + kind + ".html"), html, StandardCharsets.UTF_8);
        Path browser = chromium.printToPdf(page, dir.resolve(language + "-" + kind + "-chromium.pdf"));
        Path renderer = dir.resolve(language + "-" + kind + "-pdf.pdf");
        try (OutputStream out = Files.newOutputStream(renderer)) {
            PdfWriter.write(html, out);
        }
        for (Path pdf : List.of(browser, renderer)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<String> strange = new ArrayList<>();
                for (String token : new PDFTextStripper().getText(doc).split("\\s+")) {
                    if (!token.isEmpty() && !madeOf(plain(token), words)) {
                        strange.add(token);
                    }
                }
                assertEquals(List.of(), strange, "parts of words in " + pdf.getFileName());
            }
        }
    }

    /**
     * A client's page per rater, footer included, on one sheet: the series with alerts (the child's and a parent's
     * page), the one without and a long one full of alerts (the child's), so four A4 pages, in the browser's print
     * and in hlt report --pdf.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"sv", "en"})
    void eachClientAndRaterIsOneA4Page(String language) throws Exception {
        String html = page(language, "series");
        int pages = 0;
        for (SeriesResult r : series()) {
            pages += r.tracks().size();
        }
        assertEquals(4, pages, "the child's and the parent's page, the other two children's");
        Path page = Files.writeString(dir.resolve(language + "-pages.html"), html, StandardCharsets.UTF_8);
        Path renderer = dir.resolve(language + "-pages.pdf");
        try (OutputStream out = Files.newOutputStream(renderer)) {
            PdfWriter.write(html, out);
        }
        String footer = Messages.of(Locale.forLanguageTag(language)).get("report.privacy");
        for (Path pdf : List.of(chromium.printToPdf(page, dir.resolve(language + "-pages-chromium.pdf")), renderer)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                StringBuilder all = new StringBuilder();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc);
                    all.append("\n--- page ").append(p).append(" ---\n").append(text);
                }
                assertEquals(pages, doc.getNumberOfPages(), pdf.getFileName() + ": " + all);
                for (int p = 1; p <= pages; p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc).replaceAll("\\s+", " ");
                    assertTrue(text.contains(footer.substring(0, 30)), "page " + p + " ends with its footer: " + text);
                    assertEquals(595, Math.round(doc.getPage(p - 1).getMediaBox().getWidth()), "A4 width");
                    assertEquals(842, Math.round(doc.getPage(p - 1).getMediaBox().getHeight()), "A4 height");
                }
            }
        }
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Pieces of words: a line may break after a slash or a hyphen, and the PDF renderer breaks before a slash. */
    private static final Pattern PIECE = Pattern.compile("[^\\s/\\-\u2013]+[/\\-\u2013]?|[/\\-\u2013]");
    private static final Pattern PIECE_AFTER_SLASH = Pattern.compile("/[^\\s/\\-\u2013]+");

    /** The pieces of words on the page: its text and its charts' texts, split after slashes and hyphens. */
    private static Set<String> words(String html) {
        String body = html.substring(html.indexOf("<body"));
        String text = TAG.matcher(body).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        Set<String> pieces = new HashSet<>();
        Matcher m = PIECE.matcher(plain(text));
        while (m.find()) {
            pieces.add(m.group());
        }
        Matcher after = PIECE_AFTER_SLASH.matcher(plain(text));
        while (after.find()) {
            pieces.add(after.group());
        }
        return pieces;
    }

    /**
     * Whether {@code token} is pieces of the page's words put together (a PDF's text may run two cells' words
     * together, or leave out the space after a slash), never a part of a word.
     */
    private static boolean madeOf(String token, Set<String> pieces) {
        boolean[] reach = new boolean[token.length() + 1];
        reach[0] = true;
        for (int i = 0; i < token.length(); i++) {
            if (!reach[i]) {
                continue;
            }
            for (int j = i + 1; j <= token.length(); j++) {
                if (pieces.contains(token.substring(i, j))) {
                    reach[j] = true;
                }
            }
        }
        return reach[token.length()];
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u2010', '-').replace('\u2011', '-').replace('\u2212', '-');
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), name + " not measured: " + head(dom));
        return m.group(1);
    }

    private static String head(String dom) {
        int body = dom.indexOf("<body");
        return dom.substring(Math.max(0, body), Math.min(dom.length(), body + 300));
    }
}
