package se.hlt.assessment.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpWindowTest {

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void theWindowIsInCalendarMonthsBothEndsIncluded() {
        FollowUpWindow w = FollowUpWindow.HLT;
        // three months after 31 January is 30 April (2025 is not a leap year): the first day in the window
        assertEquals(FollowUpWindow.Fit.SHORTER, w.fit(day("2025-01-31"), day("2025-04-29")));
        assertEquals(FollowUpWindow.Fit.WITHIN, w.fit(day("2025-01-31"), day("2025-04-30")));
        assertEquals(FollowUpWindow.Fit.WITHIN, w.fit(day("2025-01-31"), day("2025-07-31")));
        assertEquals(FollowUpWindow.Fit.LONGER, w.fit(day("2025-01-31"), day("2025-08-01")));
    }

    @Test
    void notesNameTheWindow() {
        FollowUpWindow w = FollowUpWindow.tryParse(" 2 - 9 ").orElseThrow();
        assertEquals(new FollowUpWindow(2, 9), w);
        assertEquals("shorter_than_2_months", w.note(FollowUpWindow.Fit.SHORTER));
        assertEquals("longer_than_9_months", w.note(FollowUpWindow.Fit.LONGER));
        assertEquals("", w.note(FollowUpWindow.Fit.WITHIN));
        assertEquals("2-9", w.toString());
    }

    @Test
    void aWindowThatIsNotOneIsNotRead() {
        assertEquals(Optional.empty(), FollowUpWindow.tryParse("6-3"));
        assertEquals(Optional.empty(), FollowUpWindow.tryParse("three to six"));
        assertTrue(FollowUpWindow.tryParse("0-0").isPresent());
        assertEquals(new FollowUpWindow(2, 9), FollowUpWindow.parse("2-9"));
        assertThrows(IllegalArgumentException.class, () -> FollowUpWindow.parse("6-3"));
    }
}
