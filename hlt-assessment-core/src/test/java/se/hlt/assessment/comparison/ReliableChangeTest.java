package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.NormsCatalog;

/** The reliable change index against the worked example of {@code norms.md} &sect;4 and the shipped tables. */
class ReliableChangeTest {

    private static final double TOLERANCE = 1e-9;

    /** norms.md &sect;4: parent ebdtot, SD 5.8, r .82. */
    private final ReliableChangeBasis specExample = ReliableChangeBasis
            .from(TestTables.withSdAndAlpha("spec-example", "ebdtot", 5.8, 0.82), "ebdtot").orElseThrow();

    @Test
    void theSpecificationsWorkedExample() {
        // the spec gives SEM 2.46, S_diff 3.48 and "6.82 or more", each rounded to two decimals
        assertEquals(2.46, specExample.sem(), 0.005);
        assertEquals(3.48, specExample.sDiff(), 0.005);
        assertEquals(6.82, specExample.smallestReliableChange(), 0.005);
        assertEquals(7, specExample.smallestReliableWholeChange());
        // exactly: S_diff = 5.8 * sqrt(2 * 0.18) = 5.8 * 0.6
        assertEquals(5.8 * 0.6, specExample.sDiff(), TOLERANCE);
        assertEquals(1.96 * 5.8 * 0.6, specExample.smallestReliableChange(), TOLERANCE);
    }

    @Test
    void sevenPointsDownIsAReliableImprovementOfATotalDifficultiesScore() {
        ReliableChange change = ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 22, 15);
        assertEquals(-7, change.change());
        assertEquals(-7 / 3.48, change.rci(), TOLERANCE);
        assertTrue(change.isReliable());
        assertEquals(ChangeStatus.IMPROVED, change.status());
    }

    @Test
    void sixPointsIsNotReliableOnThatScale() {
        assertEquals(ChangeStatus.NO_RELIABLE_CHANGE,
                ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 22, 16).status());
        assertEquals(ChangeStatus.NO_RELIABLE_CHANGE,
                ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 16, 22).status());
    }

    @Test
    void theSpecsRoundedThresholdItselfIsJustShortOfReliable() {
        // 6.82 / 3.48 = 1.9598 <= 1.96: the spec's "6.82 or more" rounds 6.8208 down; the rule is |RCI| > 1.96
        assertFalse(ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 10, 16.82).isReliable());
        assertTrue(ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 10, 16.83).isReliable());
    }

    @Test
    void anIncreaseOfADifficultyScoreIsADeterioration() {
        assertEquals(ChangeStatus.DETERIORATED,
                ReliableChange.of(specExample, Direction.HIGHER_IS_WORSE, 10, 18).status());
    }

    @Test
    void anIncreaseOfTheProsocialScoreIsAnImprovement() {
        ReliableChangeBasis prosoc = ReliableChangeBasis
                .from(TestTables.withSdAndAlpha("t", "prosoc", 1.7, 0.65), "prosoc").orElseThrow();
        // S_diff = 1.7 * sqrt(2 * 0.35) = 1.4223; 1.96 * S_diff = 2.79, so 3 points is reliable
        assertEquals(3, prosoc.smallestReliableWholeChange());
        assertEquals(ChangeStatus.IMPROVED, ReliableChange.of(prosoc, Direction.HIGHER_IS_BETTER, 5, 8).status());
        assertEquals(ChangeStatus.DETERIORATED, ReliableChange.of(prosoc, Direction.HIGHER_IS_BETTER, 8, 5).status());
    }

    @Test
    void theShippedUkBoysSdWithGoodmansParentAlphaNamesBothTables() {
        NormsCatalog norms = NormsCatalog.builtIn();
        ReliableChangeBasis basis = ReliableChangeBasis.from(norms.find("uk-parent-5-15-boys").orElseThrow(),
                norms.find("goodman2001-parent-alpha").orElseThrow(), "ebdtot").orElseThrow();
        // norms.md 1a: boys ebdtot SD 6.0; 1e: parent ebdtot alpha .82
        assertEquals("uk-parent-5-15-boys", basis.sdTable().id());
        assertEquals("goodman2001-parent-alpha", basis.reliabilityTable().id());
        assertEquals("cronbach_alpha", basis.reliabilityKind());
        assertEquals(6.0 * Math.sqrt(2 * (1 - 0.82)), basis.sDiff(), TOLERANCE);
        // 1.96 * 3.6 = 7.056, so 8 whole points
        assertEquals(8, basis.smallestReliableWholeChange());
    }

    @Test
    void aTableWithoutTheNumberIsAProblemNamingTheTable() {
        Checked<ReliableChangeBasis> basis = ReliableChangeBasis.from(
                TestTables.withSd("sds", Informant.PARENT, "ebdtot", 5.8),
                TestTables.withAlpha("alphas", Informant.PARENT, "emotion", 0.67), "ebdtot");
        assertEquals(List.of("norms table alphas gives no reliability for ebdtot"), basis.problems());
    }

    @Test
    void anSdOfOneInformantDoesNotMeetAnAlphaOfAnother() {
        Checked<ReliableChangeBasis> basis = ReliableChangeBasis.from(
                TestTables.withSd("teacher-sds", Informant.TEACHER, "ebdtot", 6.0),
                TestTables.withAlpha("parent-alphas", Informant.PARENT, "ebdtot", 0.82), "ebdtot");
        assertFalse(basis.isOk());
        assertTrue(basis.problems().get(0).contains("teacher ratings but parent-alphas describes parent"),
                basis.problems()::toString);
    }

    @Test
    void aReliabilityOfOneCannotGiveAnIndex() {
        assertThrows(IllegalArgumentException.class, () -> new ReliableChangeBasis("ebdtot",
                specExample.sdTable(), 5.8, specExample.reliabilityTable(), "cronbach_alpha", 1.0));
    }

    @Test
    void aStatusReadBackwardsSwapsImprovedAndDeteriorated() {
        assertEquals(ChangeStatus.DETERIORATED, ChangeStatus.IMPROVED.reversed());
        assertEquals(ChangeStatus.IMPROVED, ChangeStatus.DETERIORATED.reversed());
        assertEquals(ChangeStatus.NO_RELIABLE_CHANGE, ChangeStatus.NO_RELIABLE_CHANGE.reversed());
    }
}
