package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;

class SectionTest {

    private static List<Section> plan(List<ScoredForm> forms) {
        return Section.plan(forms, FormComparisons.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn())).sections();
    }

    @Test
    void aBaselineAndAFollowUpOfTheSameChildMakeAPair() {
        List<Section> sections = plan(List.of(Forms.followUp("k-17"), Forms.baseline("k-17")));
        assertEquals(1, sections.size());
        assertTrue(sections.get(0).isPair());
        assertEquals("sdq-p-4-17-baseline", sections.get(0).first().definition().id());
    }

    @Test
    void formsOfDifferentChildrenOrInformantsStayApart() {
        ScoredForm teacherFollowUp = Forms.scored("sdq-t-4-17-followup", "k-17", Forms.T2_ITEMS, Map.of());
        List<Section> sections = plan(List.of(Forms.baseline("k-17"), Forms.followUp("k-18"),
                teacherFollowUp));
        assertEquals(3, sections.size());
        assertFalse(sections.stream().anyMatch(Section::isPair));
    }

    @Test
    void twoFollowUpsOfOneChildAreNotGuessedBetween() {
        // as hlt compare: an id with more than one follow-up is in conflict, every form of it
        List<Section> sections = plan(List.of(Forms.baseline("k-17"), Forms.followUp("k-17"),
                Forms.followUp("k-17")));
        assertEquals(3, sections.size());
        assertFalse(sections.stream().anyMatch(Section::isPair));
        assertTrue(sections.stream().allMatch(s -> s.notPaired().orElseThrow().isConflict()));
    }

    @Test
    void twoBaselinesOfOneChildAreNotGuessedBetween() {
        List<Section> sections = plan(List.of(Forms.baseline("k-17"), Forms.baseline("k-17"),
                Forms.followUp("k-17")));
        assertEquals(3, sections.size());
        assertFalse(sections.stream().anyMatch(Section::isPair));
    }

    @Test
    void idsThatDifferOnlyInCaseOrSpacesAreHintedOnBothPagesAsTheLibraryFindsThem() {
        Section.Plan plan = Section.plan(List.of(Forms.baseline("Ab 12"), Forms.followUp("ab12"),
                Forms.baseline("k-17"), Forms.followUp("k-17")),
                FormComparisons.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn()));
        assertEquals(List.of(new se.hlt.assessment.pairing.Lookalike(List.of("Ab 12", "ab12"))), plan.lookalikes());
        assertEquals(3, plan.sections().size());
        assertEquals(2, plan.sections().stream().filter(s -> !s.lookalikes().isEmpty()).count());
        assertTrue(plan.sections().stream().filter(Section::isPair).allMatch(s -> s.lookalikes().isEmpty()));
    }
}
