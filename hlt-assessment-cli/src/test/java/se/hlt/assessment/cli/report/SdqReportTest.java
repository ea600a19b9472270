package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Confidence;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.scoring.TableRef;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.FormResult;

class SdqReportTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));

    private static String html(Messages m, ChangeJudgement judgement, ScoredForm... forms) {
        return new SdqReport(m, NormsCatalog.builtIn(), judgement, LocalDate.of(2026, 3, 1))
                .html(Section.plan(List.of(forms)));
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The table row of {@code scale} in the change table, without its closing tag. */
    private static String row(String html, String scale) {
        int start = html.indexOf("<td>" + scale + "</td>", html.indexOf("class=\"scores change"));
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void thePageIsWellFormedAndSelfContained() throws Exception {
        String html = html(EN, ChangeJudgement.notAvailable(), Forms.baseline("k-17"));
        Document page = xml(html);
        assertEquals(1, page.getElementsByTagName("svg").getLength());
        assertEquals(1, page.getElementsByTagName("section").getLength());
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link") || html.contains("src=") || html.contains("url("),
                "nothing loaded from elsewhere");
        assertTrue(html.contains("@page { size: A4;"), "laid out for A4");
    }

    @Test
    void everyValueIsEscaped() throws Exception {
        String html = html(EN, ChangeJudgement.notAvailable(), Forms.baseline("<b>k&17</b>"));
        assertTrue(html.contains("id &lt;b&gt;k&amp;17&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>k"), html);
        xml(html);
    }

    @Test
    void aSingleFormShowsItsScoresBandsSourcesAndAnExplanationInEnglish() {
        String html = html(EN, ChangeJudgement.notAvailable(), Forms.baseline("k-17"));
        assertTrue(html.contains("SDQ summary for the HLT meeting"));
        assertTrue(html.contains("Conduct problems"));
        assertTrue(html.contains("strength: higher is better"));
        assertTrue(html.contains("abnormal"));
        assertTrue(html.contains("How to read this page"));
        assertTrue(html.contains("not a diagnosis"));
        assertTrue(html.contains("Youthinmind. Scoring the Strengths"), "the instrument's source");
        assertTrue(html.contains("[verified]"), "the confidence of the band table");
        assertTrue(html.contains("Compared with: SDQ parent, UK girls 5-15"), "norms comparisons");
        assertTrue(html.contains("printed 2026-03-01"));
    }

    @Test
    void theSwedishPageUsesTheSwedishTerms() {
        String html = html(SV, ChangeJudgement.notAvailable(), Forms.baseline("k-17"), Forms.followUp("k-17"));
        assertTrue(html.contains("lang=\"sv\""));
        assertTrue(html.contains("Uppförandeproblem"));
        assertTrue(html.contains("vårdnadshavare"));
        assertTrue(html.contains("Uppföljning (T2)"));
        assertTrue(html.contains("samtycke"));
        assertTrue(html.contains("Så läser du sidan"));
    }

    @Test
    void aPairShowsTheChangeAndWhetherItIsBetterGivenTheScalesDirection() {
        String html = html(EN, ChangeJudgement.notAvailable(), Forms.baseline("k-17"), Forms.followUp("k-17"));
        assertEquals(1, html.split("<section", -1).length - 1, "one page for the pair");
        // conduct 8 -> 7: a fall in a difficulty is better
        assertTrue(html.contains("<td>Conduct problems</td><td class=\"num\">8 (abnormal)</td>"
                + "<td class=\"num\">7 (abnormal)</td><td class=\"num\">-1</td><td>better</td>"), html);
        // prosocial 3 -> 5: a rise in a strength is better
        assertTrue(html.contains("<td>Prosocial behaviour</td><td class=\"num\">3 (abnormal)</td>"
                + "<td class=\"num\">5 (borderline)</td><td class=\"num\">+2</td><td>better</td>"), html);
        // peer problems 2 -> 3: a rise in a difficulty is worse
        assertTrue(html.contains("<td class=\"num\">+1</td><td>worse</td>"), html);
        assertTrue(html.contains("can come about by chance"), "without reliable change, a plain warning");
        assertFalse(html.contains("Reliable change</th>"), "no column without a judgement");
        assertFalse(html.contains("Added Value Score"));
    }

    private static final TableRef TEST_TABLE = new TableRef("sd-test", Label.of("Test table of SDs", "Testtabell"),
            Source.of("Test citation of SDs", Confidence.PROVISIONAL));

    /** Stands in for the comparison package: the extension point must put its verdicts and the AVS caveat in. */
    private static final ChangeJudgement FAKE = new ChangeJudgement() {
        @Override
        public Optional<Verdict> reliableChange(String score, FormResult first, FormResult followUp) {
            return score.equals("conduct") ? Optional.of(new Verdict("improved", List.of(TEST_TABLE)))
                    : Optional.empty();
        }

        @Override
        public Optional<AddedValue> addedValue(FormResult first, FormResult followUp) {
            return Optional.of(new AddedValue(new java.math.BigDecimal("3.3"), Label.of(
                    "One child: about plus or minus 10 points.", "Ett barn: ungefär plus minus 10 poäng."),
                    List.of(), new TableRef("avs-test", Label.of("AVS model", "AVS-modell"),
                    Source.of("Ford T et al. (2009)", Confidence.VERIFIED))));
        }
    };

    @Test
    void theChangeJudgementExtensionPointAddsReliableChangeAndTheAvsWithItsCaveat() {
        String html = html(EN, FAKE, Forms.baseline("k-17"), Forms.followUp("k-17"));
        assertTrue(html.contains("<th>Reliable change</th>"), html);
        assertTrue(row(html, "Conduct problems").contains("<td>improved</td>"), html);
        assertTrue(html.contains("Added Value Score (AVS): 3.3"));
        assertTrue(html.contains("One child: about plus or minus 10 points."), "the caveat beside the AVS");
        assertTrue(html.contains("Ford T et al. (2009)") && html.contains("Test table of SDs"), "in the sources");
        assertTrue(html.contains("larger than measurement error"));
        assertFalse(html.contains("can come about by chance"));
    }

    @Test
    void theComparisonPackageJudgesALargeFallAsReliableAndGivesTheAvsWithItsCaveat() {
        ScoredForm t1 = Forms.scored("sdq-p-4-17-baseline", "k-17", "0222202220220220222022202",
                Map.of("ebddiff", 3, "distres", 3, "imphome", 3, "impfrie", 2, "impclas", 3, "impleis", 2));
        ScoredForm t2 = Forms.scored("sdq-p-4-17-followup", "k-17", "2002002020200200200220002", Map.of("ebddiff", 0));
        ChangeJudgement judgement = new ComparisonJudgement(se.hlt.assessment.instrument.InstrumentCatalog.builtIn(),
                NormsCatalog.builtIn());
        String html = html(EN, judgement, t1, t2);
        int before = t1.result().value("ebdtot").getAsInt();
        int after = t2.result().value("ebdtot").getAsInt();
        assertTrue(before - after >= 7, before + " to " + after + " must be a reliable fall (sdq: 7 points or more)");
        assertTrue(html.contains("<th>Reliable change</th>"), html);
        assertTrue(row(html, "Total difficulties").endsWith("<td>improved</td>"), row(html, "Total difficulties"));
        assertTrue(html.contains("goodman2001") || html.contains("Goodman R (2001)"), "the reliability's source");
        // AVS = 2.3 + 0.8 x T1 ebdtot + 0.2 x T1 impact - 0.3 x T1 emotion - T2 ebdtot (sdq.md section 8)
        java.math.BigDecimal avs = new java.math.BigDecimal("2.3")
                .add(new java.math.BigDecimal("0.8").multiply(java.math.BigDecimal.valueOf(before)))
                .add(new java.math.BigDecimal("0.2").multiply(java.math.BigDecimal.valueOf(
                        t1.result().value("impact").getAsInt())))
                .subtract(new java.math.BigDecimal("0.3").multiply(java.math.BigDecimal.valueOf(
                        t1.result().value("emotion").getAsInt())))
                .subtract(java.math.BigDecimal.valueOf(after));
        String shown = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH).format(avs);
        assertTrue(html.contains("Added Value Score (AVS): " + shown), shown + " in " + html);
        assertTrue(html.contains("not for judging one child"), "the caveat stands beside the AVS");
    }

    @Test
    void theComparisonPackageGivesNoAvsForTeacherForms() {
        ScoredForm t1 = Forms.scored("sdq-t-4-17-baseline", "k-17", Forms.T1_ITEMS, Map.of("ebddiff", 0));
        ScoredForm t2 = Forms.scored("sdq-t-4-17-followup", "k-17", Forms.T2_ITEMS, Map.of("ebddiff", 0));
        String html = html(EN, new ComparisonJudgement(se.hlt.assessment.instrument.InstrumentCatalog.builtIn(),
                NormsCatalog.builtIn()), t1, t2);
        assertFalse(html.contains("Added Value Score"), "the AVS model is for parent reports only");
    }

    @Test
    void aVersionWithoutBandsSaysSoInsteadOfBorrowingATable() {
        ScoredForm preschool = Forms.scored("sdq-t-2-4-baseline", "fsk-1", Forms.T1_ITEMS, Map.of("ebddiff", 0));
        String html = html(EN, ChangeJudgement.notAvailable(), preschool);
        assertTrue(html.contains("no published bands for this version and informant"), html);
        assertFalse(html.contains("class=\"band\""), "no band is drawn");
        assertFalse(html.contains(">abnormal<"), html);
    }

    @Test
    void severalFormsGetAPageEach() {
        String html = html(EN, ChangeJudgement.notAvailable(), Forms.baseline("k-17"), Forms.baseline("k-18"),
                Forms.followUp("k-19"));
        assertEquals(3, html.split("<section", -1).length - 1);
    }
}
