package se.hlt.assessment.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {

    private static final int NONE = PairingRows.NONE;

    @Test
    void aBaselineAndAFollowUpOfOneIdArePairedInTheOrderOfTheBaselines() {
        Pairing p = Pairing.of(new Rows().followUp(7).baseline(3).baseline(7).followUp(3));
        assertEquals(2, p.pairs());
        assertEquals(1, p.baselineOf(0), "id 3's baseline comes first in the rows");
        assertEquals(3, p.followUpOf(0));
        assertEquals(2, p.baselineOf(1));
        assertEquals(0, p.followUpOf(1));
        assertEquals(List.of(), p.unpaired());
    }

    @Test
    void rowsWithoutAPartnerAreUnmatchedWithTheReason() {
        Pairing p = Pairing.of(new Rows().baseline(1).followUp(2).baseline(PairingRows.NO_KEY));
        assertEquals(0, p.pairs());
        assertEquals(List.of(new Unpaired(0, UnpairedReason.NO_FOLLOW_UP, 1, 0),
                new Unpaired(1, UnpairedReason.NO_BASELINE, 0, 1), new Unpaired(2, UnpairedReason.NO_ID, 0, 0)),
                p.unpaired());
        assertEquals(3, p.unmatched());
        assertEquals(0, p.conflicts());
    }

    @Test
    void twoBaselinesOfOneIdPutEveryRowOfItInConflict() {
        Pairing p = Pairing.of(new Rows().baseline(5).followUp(5).baseline(5).baseline(6).followUp(6));
        assertEquals(1, p.pairs(), "id 6 still pairs");
        assertEquals(List.of(0, 1, 2), p.unpaired().stream().map(Unpaired::row).toList());
        assertTrue(p.unpaired().stream().allMatch(u -> u.reason() == UnpairedReason.DUPLICATES && u.isConflict()));
        assertEquals("2 baselines and 1 follow-up with this id: which belong together cannot be told",
                p.unpaired().get(0).message());
        assertEquals(3, p.conflicts());
    }

    @Test
    void partnersThatContradictEachOtherAreInConflictBoth() {
        Pairing dates = Pairing.of(new Rows().add(new Rows.Row(1, false, 200, NONE, NONE))
                .add(new Rows.Row(1, true, 199, NONE, NONE)));
        assertEquals(UnpairedReason.FOLLOW_UP_BEFORE_BASELINE, dates.unpaired().get(0).reason());
        assertEquals(2, dates.conflicts());

        Pairing sexes = Pairing.of(new Rows().add(new Rows.Row(1, false, NONE, 0, NONE))
                .add(new Rows.Row(1, true, NONE, 1, NONE)));
        assertEquals(UnpairedReason.SEX_DIFFERS, sexes.unpaired().get(1).reason());

        Pairing ages = Pairing.of(new Rows().add(new Rows.Row(1, false, NONE, NONE, 9))
                .add(new Rows.Row(1, true, NONE, NONE, 8)));
        assertEquals(UnpairedReason.AGE_DECREASES, ages.unpaired().get(0).reason());
    }

    @Test
    void aSameDayFollowUpAndAnAgeOneYearOnStillPair() {
        Pairing p = Pairing.of(new Rows().add(new Rows.Row(1, false, 200, 0, 9))
                .add(new Rows.Row(1, true, 200, 0, 10)));
        assertEquals(1, p.pairs());
    }
}
