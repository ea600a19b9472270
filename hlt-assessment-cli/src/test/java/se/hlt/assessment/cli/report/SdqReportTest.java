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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;

class SdqReportTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));

    private static final FormComparisons COMPARISONS = FormComparisons.of(InstrumentCatalog.builtIn(),
            NormsCatalog.builtIn());

    private static String html(Messages m, ScoredForm... forms) {
        return new SdqReport(m, NormsCatalog.builtIn(), LocalDate.of(2026, 3, 1))
                .html(Section.plan(List.of(forms), COMPARISONS).sections());
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
        String html = html(EN, Forms.baseline("k-17"));
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
        String html = html(EN, Forms.baseline("<b>k&17</b>"));
        assertTrue(html.contains("id &lt;b&gt;k&amp;17&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>k"), html);
        xml(html);
    }

    @Test
    void aSingleFormShowsItsScoresBandsSourcesAndAnExplanationInEnglish() {
        String html = html(EN, Forms.baseline("k-17"));
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
        String html = html(SV, Forms.baseline("k-17"), Forms.followUp("k-17"));
        assertTrue(html.contains("lang=\"sv\""));
        assertTrue(html.contains("Uppförandeproblem"));
        assertTrue(html.contains("vårdnadshavare"));
        assertTrue(html.contains("Uppföljning (T2)"));
        assertTrue(html.contains("samtycke"));
        assertTrue(html.contains("Så läser du sidan"));
    }

    @Test
    void aPairShowsTheChangeAndWhetherItIsBetterGivenTheScalesDirection() {
        // no sex given: no norms table of SDs fits this 9-year-old, so no reliable change index (as hlt compare)
        String html = html(EN, Forms.baselineWithoutSex("k-17"), Forms.followUpWithoutSex("k-17"));
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
        assertTrue(html.contains("No reliable change index for this child (age 9, sex not given): no norms table of "
                + "SDs covers the age and sex of the child. Read small"), html);
    }

    @Test
    void theComparisonPackageJudgesALargeFallAsReliableAndGivesTheAvsWithItsCaveat() {
        ScoredForm t1 = Forms.scored("sdq-p-4-17-baseline", "k-17", "0222202220220220222022202",
                Map.of("ebddiff", 3, "distres", 3, "imphome", 3, "impfrie", 2, "impclas", 3, "impleis", 2));
        ScoredForm t2 = Forms.scored("sdq-p-4-17-followup", "k-17", "2002002020200200200220002", Map.of("ebddiff", 0));
        String html = html(EN, t1, t2);
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
        String html = html(EN, t1, t2);
        assertFalse(html.contains("Added Value Score"), "the AVS model is for parent reports only");
    }

    @Test
    void aVersionWithoutBandsSaysSoInsteadOfBorrowingATable() {
        ScoredForm preschool = Forms.scored("sdq-t-2-4-baseline", "fsk-1", Forms.T1_ITEMS, Map.of("ebddiff", 0));
        String html = html(EN, preschool);
        assertTrue(html.contains("no published bands for this version and informant"), html);
        assertFalse(html.contains("class=\"band\""), "no band is drawn");
        assertFalse(html.contains(">abnormal<"), html);
    }

    @Test
    void severalFormsGetAPageEach() {
        String html = html(EN, Forms.baseline("k-17"), Forms.baseline("k-18"),
                Forms.followUp("k-19"));
        assertEquals(3, html.split("<section", -1).length - 1);
    }

    @Test
    void formsThatCannotBePairedEachGetAPageThatSaysWhy() {
        ScoredForm boy = Forms.scored("sdq-p-4-17-followup", Forms.T2_ITEMS, Map.of("ebddiff", 1),
                se.hlt.assessment.scoring.FormContext.none().withId("k-17").withAge(6)
                        .withSex(se.hlt.assessment.instrument.Sex.MALE));
        String html = html(EN, Forms.baseline("k-17"), boy);
        assertEquals(2, html.split("<section", -1).length - 1, "a 9-year-old girl and a 6-year-old boy: no pair");
        assertEquals(2, html.split("the baseline and the follow-up give different sexes", -1).length - 1, html);

        String twice = html(EN, Forms.baseline("k-18"), Forms.baseline("k-18"), Forms.followUp("k-18"));
        assertEquals(3, twice.split("<section", -1).length - 1, "a baseline entered twice: three single pages");
        assertFalse(twice.contains("class=\"page pair\""), twice);
        assertTrue(twice.contains("2 baselines and 1 follow-up with this id"), twice);
    }

    @Test
    void formsWithoutIdsAreNeverPaired() {
        ScoredForm t1 = Forms.scored("sdq-p-4-17-baseline", Forms.T1_ITEMS, Map.of(),
                se.hlt.assessment.scoring.FormContext.none().withAge(9));
        ScoredForm t2 = Forms.scored("sdq-p-4-17-followup", Forms.T2_ITEMS, Map.of(),
                se.hlt.assessment.scoring.FormContext.none().withAge(9));
        String html = html(SV, t1, t2);
        assertEquals(2, html.split("<section", -1).length - 1);
        assertTrue(html.contains("formuläret saknar id, så ingen partner kan hittas"), html);
    }

    @Test
    void thePairPageShowsTheFamilysOwnViewWithTheBaselinesAnswerBesideTheFollowUps() {
        ScoredForm t2 = Forms.scored("sdq-p-4-17-followup", "k-17", Forms.T2_ITEMS,
                Map.of("ebddiff", 1, "fureduc", 3, "fuhelp", 2));
        String html = html(EN, Forms.baseline("k-17"), t2);
        // the difficulties question at both times: baseline 2 (yes, definite), follow-up 1 (yes, minor); the
        // follow-up questions only at follow-up
        assertTrue(html.contains("<p class=\"note family\">The family&#39;s own view: Difficulties: "
                + "yes, definite (T1), yes, minor (T2) \u00b7 Problems since coming to the service: a bit better "
                + "\u00b7 Helped in other ways: quite a lot</p>"), "burden, unanswered at both times, is left out: " + html);

        String sv = html(SV, Forms.baseline("k-17"), t2);
        assertTrue(sv.contains("Familjens egen bild: Svårigheter: ja, tydliga (T1), ja, små (T2)"), sv);
        assertTrue(sv.contains("Problemen sedan kontakten började: lite bättre"), sv);
        assertFalse(html(EN, Forms.baseline("k-17")).contains("own view"), "a single form lists its answers itself");
        ScoredForm unanswered = Forms.scored("sdq-p-4-17-followup", "k-18", Forms.T2_ITEMS, Map.of());
        ScoredForm t1 = Forms.scored("sdq-p-4-17-baseline", "k-18", Forms.T1_ITEMS, Map.of());
        assertFalse(html(EN, t1, unanswered).contains("own view"), "nothing answered: no line");
    }

    @Test
    void thePairPageShowsBothDatesTheIntervalAndTheWindowNoteAsHltCompareHasIt() {
        String html = html(EN, Forms.baseline("k-17", LocalDate.of(2025, 1, 15)),
                Forms.followUp("k-17", LocalDate.of(2025, 5, 20)));
        assertTrue(html.contains("<h2>Baseline 2025-01-15 and follow-up 2025-05-20: 125 days, 4 months</h2>"), html);
        assertFalse(html.contains("follow-up window"), "within the window, as hlt compare: no note");

        String soon = html(SV, Forms.baseline("k-17", LocalDate.of(2025, 1, 15)),
                Forms.followUp("k-17", LocalDate.of(2025, 2, 16)));
        assertTrue(soon.contains("<h2>Första skattning 2025-01-15 och uppföljning 2025-02-16: 32 dagar, 1 månad</h2>"),
                soon);
        assertTrue(soon.contains("<p class=\"caveat\">Utanför uppföljningsfönstret (3-6 månader): tidigare än 3 "
                + "månader efter första skattningen (shorter_than_3_months).</p>"), soon);
        String late = html(EN, Forms.baseline("k-17", LocalDate.of(2025, 1, 31)),
                Forms.followUp("k-17", LocalDate.of(2025, 8, 1)));
        assertTrue(late.contains("6 months</h2>") && late.contains("later than 6 months after the baseline "
                + "(longer_than_6_months)"), late);
    }

    @Test
    void aPairWithoutDatesHasThePlainHeadingAndASingleDatedFormShowsItsDate() {
        String html = html(EN, Forms.baseline("k-17"), Forms.followUp("k-17"));
        assertTrue(html.contains("<h2>Baseline and follow-up</h2>"), html);
        String one = html(EN, Forms.baseline("k-17", LocalDate.of(2025, 1, 15)), Forms.followUp("k-17"));
        assertTrue(one.contains("<h2>Baseline 2025-01-15 and follow-up not given</h2>"), one);
        assertTrue(html(EN, Forms.baseline("k-18", LocalDate.of(2025, 3, 14))).contains("Filled in 2025-03-14"));
    }

    @Test
    void aFollowUpDatedBeforeItsBaselineIsNotPairedAndBothPagesSayWhy() {
        String html = html(EN, Forms.baseline("k-17", LocalDate.of(2025, 6, 1)),
                Forms.followUp("k-17", LocalDate.of(2025, 2, 1)));
        assertFalse(html.contains("class=\"page pair\""), html);
        assertEquals(2, html.split("the follow-up is dated before the baseline", -1).length - 1, html);
    }

    @Test
    void theSwedishSourcesCiteTheWorksWithoutTheEnglishNotesOnHowTheyWereRead() {
        String en = html(EN, Forms.baseline("k-17"), Forms.followUp("k-17"));
        String sv = html(SV, Forms.baseline("k-17"), Forms.followUp("k-17"));
        for (String note : List.of("Read as reproduced with citation in BMC Psychiatry",
                "UK norms as published by Youthinmind", "Formula, effect size and individual interval")) {
            assertTrue(en.contains(note), note + " in " + en);
            assertFalse(sv.contains(note), note + " in " + sv);
        }
        assertTrue(sv.contains("Meltzer H, Gatward R, Goodman R, Ford T (2000). Mental health of children and "
                + "adolescents in Great Britain. London: The Stationery Office. [sekundär källa]"), sv);
    }
}
