package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HLT age bands 0-5, 6-12, 13-16 (hlt-context.md), at every edge. */
class AgeBandsTest {

    private final AgeBands hlt = AgeBands.hlt();

    @ParameterizedTest(name = "age {0} -> {1}")
    @CsvSource({"0, 0-5", "5, 0-5", "6, 6-12", "12, 6-12", "13, 13-16", "16, 13-16", "17, outside",
        "-1, outside", "99, outside"})
    void eachAgeAtAnEdgeFallsInTheRightBand(int age, String expected) {
        assertEquals(expected, hlt.columnValue(OptionalInt.of(age)));
    }

    @Test
    void anAgeOutsideTheBandsHasNoBandAndSaysSo() {
        assertTrue(hlt.bandOf(17).isEmpty());
        assertEquals("outside the age bands (0–16 years)", hlt.labelOf(AgeBands.OUTSIDE).orElseThrow().en());
        assertEquals("utanför åldersgrupperna (0–16 år)", hlt.labelOf(AgeBands.OUTSIDE).orElseThrow().sv());
    }

    @Test
    void aMissingAgeIsUnknownNotOutside() {
        assertEquals(AgeBands.UNKNOWN, hlt.columnValue(OptionalInt.empty()));
        assertEquals("ålder saknas", hlt.labelOf(AgeBands.UNKNOWN).orElseThrow().sv());
    }

    @Test
    void theBandsAreNamedInBothLanguages() {
        assertEquals("6–12 years", hlt.labelOf("6-12").orElseThrow().en());
        assertEquals("13–16 år", hlt.labelOf("13-16").orElseThrow().sv());
        assertEquals(List.of("0-5", "6-12", "13-16", "outside", "unknown"), hlt.columnValues());
    }

    @Test
    void overlappingBandsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(List.of(AgeBand.of(0, 6), AgeBand.of(6, 12))));
    }

    @Test
    void otherBandsAreData() {
        AgeBands preschool = AgeBands.of(List.of(AgeBand.of(1, 2), AgeBand.of(3, 5)));
        assertEquals("3-5", preschool.columnValue(OptionalInt.of(3)));
        assertEquals(AgeBands.OUTSIDE, preschool.columnValue(OptionalInt.of(0)));
    }
}
