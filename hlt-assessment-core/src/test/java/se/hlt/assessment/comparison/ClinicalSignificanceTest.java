package se.hlt.assessment.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.norms.Bands;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * Clinically significant improvement on the shipped SDQ parent 4-17 band tables (sdq.md &sect;7), with the spec's
 * reliable change example (parent ebdtot SD 5.8, r .82: 7 whole points are reliable).
 */
class ClinicalSignificanceTest {

    private final Bands band3 = bands("sdqinfo-parent-4-17-band3");
    private final Bands band4 = bands("sdqinfo-parent-4-17-band4");
    private final ReliableChangeBasis ebdtot = ReliableChangeBasis
            .from(TestTables.withSdAndAlpha("spec-example", "ebdtot", 5.8, 0.82), "ebdtot").orElseThrow();

    private static Bands bands(String id) {
        return NormsCatalog.builtIn().find(id).orElseThrow().bands().orElseThrow();
    }

    private ClinicalSignificance ebdtot(int t1, int t2, Bands bands) {
        return ClinicalSignificance.from(ReliableChange.of(ebdtot, Direction.HIGHER_IS_WORSE, t1, t2), bands)
                .orElseThrow();
    }

    @Test
    void fromAbnormalToNormalByAReliableImprovementIsClinicallySignificant() {
        // band3 parent ebdtot: normal 0-13, borderline 14-16, abnormal 17-40
        ClinicalSignificance result = ebdtot(20, 12, band3);
        assertTrue(result.startedAtypical());
        assertTrue(result.endedMostTypical());
        assertTrue(result.isClinicallySignificant());
    }

    @Test
    void endingInTheBorderlineBandIsNotEnough() {
        ClinicalSignificance result = ebdtot(22, 14, band3);
        assertEquals(ChangeStatus.IMPROVED, result.change().status());
        assertFalse(result.isClinicallySignificant());
    }

    @Test
    void startingInTheBorderlineBandIsNotEnough() {
        ClinicalSignificance result = ebdtot(16, 5, band3);
        assertEquals(ChangeStatus.IMPROVED, result.change().status());
        assertFalse(result.startedAtypical());
        assertFalse(result.isClinicallySignificant());
    }

    @Test
    void crossingTheBandsWithoutAReliableChangeIsNotEnough() {
        // 17 (abnormal) to 13 (normal) is 4 points, fewer than the 7 that are reliable
        ClinicalSignificance result = ebdtot(17, 13, band3);
        assertTrue(result.startedAtypical() && result.endedMostTypical());
        assertFalse(result.isClinicallySignificant());
    }

    @Test
    void inFourBandsHighAndVeryHighAreBothAtypical() {
        // band4 parent ebdtot: close to average 0-13, slightly raised 14-16, high 17-19, very high 20-40
        assertTrue(ebdtot(18, 10, band4).isClinicallySignificant());
        assertTrue(ebdtot(25, 13, band4).isClinicallySignificant());
        assertFalse(ebdtot(16, 8, band4).isClinicallySignificant());
    }

    @Test
    void forProsocialAnIncreaseFromVeryLowToCloseToAverageIsClinicallySignificant() {
        // band4 parent prosoc: close to average 8-10, slightly lowered 7, low 6, very low 0-5
        ReliableChangeBasis prosoc = ReliableChangeBasis
                .from(TestTables.withSdAndAlpha("t", "prosoc", 1.7, 0.65), "prosoc").orElseThrow();
        ClinicalSignificance result = ClinicalSignificance.from(
                ReliableChange.of(prosoc, Direction.HIGHER_IS_BETTER, 4, 9), band4).orElseThrow();
        assertEquals("very_low", result.t1Band().band());
        assertEquals("close_to_average", result.t2Band().band());
        assertTrue(result.isClinicallySignificant());
    }

    @Test
    void inATwoBandTableTheSecondBandIsAtypical() {
        Bands p90 = bands("se-preschool-teacher-p90");
        BandPosition above = BandPosition.of(p90, "ebdtot", 12).orElseThrow();
        BandPosition below = BandPosition.of(p90, "ebdtot", 11).orElseThrow();
        assertTrue(above.isAtypical());
        assertFalse(below.isAtypical());
        assertTrue(below.isMostTypical());
    }

    @Test
    void theAtypicalBandsAreTheAbnormalOnesOfEveryShippedThreeAndFourBandTable() {
        for (String id : List.of("sdqinfo-parent-4-17-band3", "sdqinfo-teacher-4-17-band3",
                "sdqinfo-self-11-17-band3", "sdqinfo-parent-2-4-band3")) {
            bands(id).scores().forEach((score, ranges) -> {
                for (int i = 0; i < ranges.size(); i++) {
                    BandPosition p = new BandPosition(ranges.get(i).band(), i, ranges.size());
                    assertEquals(ranges.get(i).band().equals("abnormal"), p.isAtypical(), id + " " + score);
                }
            });
        }
        for (String id : List.of("sdqinfo-parent-4-17-band4", "sdqinfo-teacher-4-17-band4",
                "sdqinfo-self-11-17-band4")) {
            bands(id).scores().forEach((score, ranges) -> {
                for (int i = 0; i < ranges.size(); i++) {
                    BandPosition p = new BandPosition(ranges.get(i).band(), i, ranges.size());
                    boolean named = List.of("high", "very_high", "low", "very_low").contains(ranges.get(i).band());
                    assertEquals(named, p.isAtypical(), id + " " + score + " " + ranges.get(i).band());
                }
            });
        }
    }

    @Test
    void aScoreTheTableDoesNotBandIsAProblem() {
        ReliableChangeBasis extern = ReliableChangeBasis
                .from(TestTables.withSdAndAlpha("t", "extern", 3.0, 0.8), "extern").orElseThrow();
        Checked<ClinicalSignificance> result = ClinicalSignificance.from(
                ReliableChange.of(extern, Direction.HIGHER_IS_WORSE, 12, 2), band3);
        assertEquals(List.of("the band3 bands do not cover extern"), result.problems());
    }

    @Test
    void aScoreOutsideEveryBandIsAProblemNamingTheTimepoint() {
        Checked<ClinicalSignificance> result = ClinicalSignificance.from(
                ReliableChange.of(ebdtot, Direction.HIGHER_IS_WORSE, 41, 12), band3);
        assertEquals(List.of("T1 ebdtot 41 falls in no band of the band3 bands"), result.problems());
    }
}
