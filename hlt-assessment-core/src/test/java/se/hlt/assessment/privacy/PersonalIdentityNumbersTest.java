package se.hlt.assessment.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.privacy.SyntheticIdentityNumbers.tenDigits;
import static se.hlt.assessment.privacy.SyntheticIdentityNumbers.withDash;
import static se.hlt.assessment.privacy.SyntheticIdentityNumbers.withWrongCheckDigit;

import org.junit.jupiter.api.Test;

/**
 * The numbers here are built in code from a date and a serial with a computed check digit, so that no file of
 * the project holds anything shaped like a real person's number.
 */
class PersonalIdentityNumbersTest {

    private final String number = tenDigits("051231", "402");
    private final String coordination = tenDigits("120375", "118"); // day 15 + 60

    /** A ten-digit number YYMMDD + serial (3 digits) + a valid Luhn check digit. */
    static String syntheticTenDigit(String yymm, String dd, String serial) {
        return tenDigits(yymm + dd, serial);
    }

    @Test
    void recognisesTheUsualShapes() {
        String ten = syntheticTenDigit("1203", "15", "234");
        assertTrue(PersonalIdentityNumbers.looksLike(ten));
        assertTrue(PersonalIdentityNumbers.looksLike(ten.substring(0, 6) + "-" + ten.substring(6)));
        assertTrue(PersonalIdentityNumbers.looksLike(ten.substring(0, 6) + "+" + ten.substring(6)));
        assertTrue(PersonalIdentityNumbers.looksLike("20" + ten));
        assertTrue(PersonalIdentityNumbers.looksLike(" 20" + ten.substring(0, 6) + "-" + ten.substring(6) + " "));
    }

    @Test
    void recognisesCoordinationNumbers() {
        assertTrue(PersonalIdentityNumbers.looksLike(syntheticTenDigit("1203", "75", "234")));
        assertTrue(PersonalIdentityNumbers.looksLike(coordination));
        assertTrue(PersonalIdentityNumbers.looksLike("20" + withDash(coordination)));
    }

    @Test
    void leavesOrdinaryIdsAlone() {
        String ten = syntheticTenDigit("1203", "15", "234");
        char wrongCheck = (char) ('0' + ((ten.charAt(9) - '0' + 1) % 10));
        assertFalse(PersonalIdentityNumbers.looksLike(ten.substring(0, 9) + wrongCheck));
        assertFalse(PersonalIdentityNumbers.looksLike(syntheticTenDigit("1213", "15", "234")));
        assertFalse(PersonalIdentityNumbers.looksLike(syntheticTenDigit("1203", "45", "234")));
        assertFalse(PersonalIdentityNumbers.looksLike("k-0417"));
        assertFalse(PersonalIdentityNumbers.looksLike("123456"));
        assertFalse(PersonalIdentityNumbers.looksLike("HLT-2024-0001"));
        assertFalse(PersonalIdentityNumbers.looksLike(ten.substring(0, 4) + "-" + ten.substring(4)));
    }

    @Test
    void twelveDigitsAreJudgedOnTheLastTen() {
        assertTrue(PersonalIdentityNumbers.looksLike("19" + withDash(number)));
        assertTrue(PersonalIdentityNumbers.looksLike("18" + number));
        assertFalse(PersonalIdentityNumbers.looksLike("20" + withWrongCheckDigit(number)));
    }

    @Test
    void anyWhitespaceAroundIsIgnored() {
        assertTrue(PersonalIdentityNumbers.looksLike("\t" + number + "\r\n"));
    }

    @Test
    void theDateMustBePlausible() {
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051331", "402")), "month 13");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("050031", "402")), "month 00");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051200", "402")), "day 00");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051232", "402")), "day 32");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051260", "402")), "day 60");
        assertFalse(PersonalIdentityNumbers.looksLike(tenDigits("051292", "402")), "day 92");
        assertTrue(PersonalIdentityNumbers.looksLike(tenDigits("051261", "402")), "day 61: co-ordination 1st");
        assertTrue(PersonalIdentityNumbers.looksLike(tenDigits("051291", "402")), "day 91: co-ordination 31st");
    }

    @Test
    void otherLengthsAndSeparatorsAreNotNumbers() {
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(1)));
        assertFalse(PersonalIdentityNumbers.looksLike(number + "0"));
        assertFalse(PersonalIdentityNumbers.looksLike("5" + withDash(number)));
        assertFalse(PersonalIdentityNumbers.looksLike(""));
        assertFalse(PersonalIdentityNumbers.looksLike("   "));
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(0, 5) + "-" + number.substring(5)));
        assertFalse(PersonalIdentityNumbers.looksLike(number.substring(0, 6) + "/" + number.substring(6)));
        assertFalse(PersonalIdentityNumbers.looksLike("a" + number.substring(1)));
    }

    @Test
    void aDoubledDashIsStillANumberWrittenAsOne() {
        assertTrue(PersonalIdentityNumbers.looksLike(number.substring(0, 6) + "--" + number.substring(6)));
    }

    @Test
    void exactlyOneCheckDigitFitsTheOtherNineDigits() {
        int matches = 0;
        for (int check = 0; check <= 9; check++) {
            if (PersonalIdentityNumbers.looksLike(number.substring(0, 9) + check)) {
                matches++;
            }
        }
        assertEquals(1, matches);
    }
}
