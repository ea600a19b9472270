package se.hlt.assessment.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The numbers here are built in code from a date and a serial with a computed check digit, so that no file of
 * the project holds anything shaped like a real person's number.
 */
class PersonalIdentityNumbersTest {

    /** A ten-digit number YYMMDD + serial (3 digits) + a valid Luhn check digit. */
    static String syntheticTenDigit(String yymm, String dd, String serial) {
        String nine = yymm + dd + serial;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int v = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return nine + ((10 - sum % 10) % 10);
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
}
