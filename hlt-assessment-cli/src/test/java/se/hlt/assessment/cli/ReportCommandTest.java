package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hlt report}: forms entered with {@code hlt enter} become a page to print, as HTML or PDF. */
class ReportCommandTest {

    private static final String ITEMS = "0121201210 2102101210 12101";

    @TempDir
    Path dir;

    /** Enters a parent form of child {@code id} at {@code timepoint} and returns its file. */
    private Path entered(String id, String timepoint, String items) {
        Path file = dir.resolve(id + "-" + timepoint + ".json");
        Run run = Run.typing(String.join("\n", "", "", timepoint, id, "9", "f", "", items, "0", "3", "2") + "\n",
                "enter", "sdq", "--out", file.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return file;
    }

    @Test
    void writesAnHtmlPageForABaselineAndFollowUpPair() throws IOException {
        Path t1 = entered("k-17", "baseline", ITEMS);
        Path t2 = entered("k-17", "followup", "0000000000 0000000000 00000");
        Path html = dir.resolve("k-17.html");
        Run run = Run.of("report", "--lang", "en", "--out", html.toString(), t2.toString(), t1.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg"), "the chart");
        assertTrue(page.contains("Baseline (T1)") && page.contains("Follow-up (T2)"));
        assertEquals(1, page.split("<section", -1).length - 1, "the two forms are one pair");
        assertTrue(run.out().contains("Written: " + html), run.out());
    }

    @Test
    void writesTheSamePageAsPdfWithItsText() throws IOException {
        Path t1 = entered("k-17", "baseline", ITEMS);
        Path other = entered("k-18", "baseline", ITEMS);
        Path pdf = dir.resolve("report.pdf");
        Run run = Run.of("report", "--lang", "sv", "--pdf", "--out", pdf.toString(), t1.toString(),
                other.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("", run.err(), "the PDF renderer says nothing on standard error");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one A4 page per form");
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("SDQ-sammanställning inför HLT-mötet"), text);
            assertTrue(text.contains("id k-17") && text.contains("id k-18"), text);
            assertTrue(text.contains("Emotionella symtom") && text.contains("Prosocialt beteende"), text);
            assertTrue(text.contains("vårdnadshavare"), text);
        }
    }

    @Test
    void writesHtmlToStandardOutputForADash() {
        Path t1 = entered("k-17", "baseline", ITEMS);
        Run run = Run.of("report", "--out", "-", t1.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
    }

    /** A pseudonymous id with age, sex and answers is still personal data (GDPR): the footer says how to keep it. */
    @Test
    void theFooterSaysThePageHoldsPersonalDataAndHowToKeepIt() {
        Path t1 = entered("k-17", "baseline", ITEMS);
        String en = Run.of("report", "--lang", "en", "--out", "-", t1.toString()).out();
        assertTrue(en.contains("This page holds personal data") && !en.contains("no personal data"), en);
        assertTrue(en.contains("never in shared folders or by e-mail"), en);
        String sv = Run.of("report", "--lang", "sv", "--out", "-", t1.toString()).out();
        assertTrue(sv.contains("Sidan innehåller personuppgifter") && !sv.contains("inga personuppgifter"), sv);
    }

    @Test
    void aPdfCannotGoToStandardOutput() {
        Path t1 = entered("k-17", "baseline", ITEMS);
        assertEquals(ExitCodes.USAGE, Run.of("report", "--pdf", "--out", "-", t1.toString()).exit());
    }

    @Test
    void aFormThatCannotBeScoredIsLeftOutAndNamed() throws IOException {
        Path good = entered("k-17", "baseline", ITEMS);
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"instrument\":\"sdq-p-4-17-baseline\",\"answers\":{\"consid\":3}}");
        Path html = dir.resolve("r.html");
        Run run = Run.of("report", "--lang", "en", "--out", html.toString(), good.toString(), bad.toString());
        assertEquals(ExitCodes.SOME_NOT_SCORED, run.exit());
        assertTrue(run.err().contains("bad.json is not in the report"), run.err());
        assertTrue(run.err().contains("consid"), run.err());
        assertEquals(1, Files.readString(html).split("<section", -1).length - 1);
    }

    @Test
    void nothingIsWrittenWhenNoFormCanBeReported() {
        Path html = dir.resolve("r.html");
        Run run = Run.of("report", "--out", html.toString(), dir.resolve("missing.json").toString());
        assertEquals(ExitCodes.INPUT_REFUSED, run.exit());
        assertFalse(Files.exists(html));
    }

    @Test
    void whatWasNotPairedIsSaidOnStandardErrorAndOnThePageWithIdsThatDifferOnlyInCaseOrSpaces() throws IOException {
        Path t1 = entered("Ab 12", "baseline", ITEMS);
        Path t2 = entered("ab12", "followup", ITEMS);
        Path twice = entered("k-20", "baseline", ITEMS);
        Path again = Files.copy(twice, dir.resolve("k-20-again.json"));
        Path html = dir.resolve("r.html");
        Run run = Run.of("report", "--lang", "en", "--out", html.toString(), t1.toString(), t2.toString(),
                twice.toString(), again.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.err().contains(t1 + " is not paired: no follow-up with this id"), run.err());
        assertTrue(run.err().contains(t2 + " is not paired: no baseline with this id"), run.err());
        assertTrue(run.err().contains(again + " is not paired: 2 baselines and 0 follow-ups with this id"), run.err());
        assertTrue(run.err().contains("Note: ids 'Ab 12' and 'ab12' differ only in case or spaces"), run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertEquals(2, page.split("ids &#39;Ab 12&#39; and &#39;ab12&#39; differ only in case or spaces", -1).length
                - 1, "on the page of each of the two forms");

        Run sv = Run.of("report", "--lang", "sv", "--out", dir.resolve("sv.html").toString(), t1.toString(),
                t2.toString());
        assertTrue(sv.err().contains("Obs: id 'Ab 12' och 'ab12' skiljer sig bara i stora/små bokstäver eller "
                + "mellanslag"), sv.err());
    }
}
