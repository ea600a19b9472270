package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.io.SyntheticIdentityNumbers.tenDigits;
import static se.hlt.assessment.io.SyntheticIdentityNumbers.withDash;
import static se.hlt.assessment.io.SyntheticIdentityNumbers.withWrongCheckDigit;

import org.junit.jupiter.api.Test;

/** Synthetic numbers only: each is built from a date part and a serial plus its computed check digit. */
class PersonalIdentityNumbersTest {

    private final String number = tenDigits("051231", "402");
    private final String coordination = tenDigits("120375", "118"); // day 15 + 60

    @Test
    void tenDigitsWithAValidCheckDigit() {
        assertTrue(PersonalIdentityNumbers.looksLike(number));
    }

    @Test
    void withADashOrAPlusBeforeTheLastFour() {
        assertTrue(PersonalIdentityNumbers.looksLike(withDash(number)));
        assertTrue(PersonalIdentityNumbers.looksLike(number.substring(0, 6) + "+" + number.substring(6)));
    }

    @Test
    void twelveDigitsWithTheCentury() {
        assertTrue(PersonalIdentityNumbers.looksLike("20" + number));
        assertTrue(PersonalIdentityNumbers.looksLike("19" + withDash(number)));
        assertTrue(PersonalIdentityNumbers.looksLike("18" + number));
    }

    @Test
    void aCoordinationNumberHasSixtyAddedToTheDay() {
        assertTrue(PersonalIdentityNumbers.looksLike(coordination));
        assertTrue(PersonalIdentityNumbers.looksLike("20" + withDash(coordination)));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertTrue(PersonalIdentityNumbers.looksLike("  " + number + "\t"));
    }

    @Test
    void aWrongCheckDigitIsNotANumber() {
        assertFalse(PersonalIdentityNumbers.looksLike(withWrongCheckDigit(number)));
        assertFalse(PersonalIdentityNumbers.looksLike("20" + withWrongCheckDigit(number)));
    }

    @Test
    void theDateMustBePlausible() {
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051331", "402")), "month 13");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("050031", "402")), "month 00");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051200", "402")), "day 00");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051232", "402")), "day 32");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051260", "402")), "day 60");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051292", "402")), "day 92");
        assertTrue(PersonalIdentityNumbers.looksLike(tenDigits("051261", "402")), "day 61: coordination 1st");
        assertTrue(PersonalIdentityNumbers.looksLike(tenDigits("051291", "402")), "day 91: coordination 31st");
    }

    @Test
    void aTwelveDigitFormNeedsARealCentury() {
        assertFalse(PersonalIdentityNumbers.looksLike("17" + number));
        assertFalse(PersonalIdentityNumbers.looksLike("21" + number));
    }

    @Test
    void otherLengthsAreNotNumbers() {
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(1)));
        assertFalse(PersonalIdentityNumbers.looksLike(number + "0"));
        assertFalse(PersonalIdentityNumbers.looksLike("5" + withDash(number)));
        assertFalse(PersonalIdentityNumbers.looksLike(""));
        assertFalse(PersonalIdentityNumbers.looksLike("   "));
    }

    @Test
    void theSeparatorMustStandBeforeTheLastFour() {
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(0, 5) + "-" + number.substring(5)));
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(0, 6) + "/" + number.substring(6)));
        assertFalse(PersonalIdentityNumbers.looksLike(withDash(number).replace('-', ' ')));
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(0, 6) + "--" + number.substring(6)));
    }

    @Test
    void pseudonymousIdsAndCodesAreNotNumbers() {
        assertFalse(PersonalIdentityNumbers.looksLike("child-0001"));
        assertFalse(PersonalIdentityNumbers.looksLike("HLT-2025-17"));
        assertFalse(PersonalIdentityNumbers.looksLike("2"));
        assertFalse(PersonalIdentityNumbers.looksLike("a" + number.substring(1)));
    }

    @Test
    void everyCheckDigitButOneIsRefusedForTheSameDigits() {
        int matches = 0;
        String nine = number.substring(0, 9);
        for (int check = 0; check <= 9; check++) {
            if (PersonalIdentityNumbers.looksLike(nine + check)) {
                matches++;
            }
        }
        assertTrue(matches == 1, "exactly one check digit fits, found " + matches);
    }
}
