package se.hlt.assessment.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest(name = "\"{0}\" with {1} decimals is {2}")
    @CsvSource(delimiter = '|', value = {
        "6.5|1|65", "6,5|1|65", "6|1|60", "10.0|1|100", "0|1|0", "0.0|1|0", " 6.5 |1|65", "6.50|1|65",
        "-0.1|1|-1", "+2.8|1|28", ".5|1|5", "18.3|1|183", "400|0|400", "7.000|0|7", "12.34|2|1234"})
    void readsNumbers(String text, int decimals, long units) {
        assertEquals(units, DecimalText.scan(text, decimals));
    }

    @ParameterizedTest(name = "\"{0}\" has too many decimals")
    @CsvSource({"6.25", "0.01", "10.05", "6.501"})
    void refusesMoreDecimalsThanAllowedInsteadOfRounding(String text) {
        assertEquals(DecimalText.TOO_MANY_DECIMALS, DecimalText.scan(text, 1));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(delimiter = '|', value = {"x", "6.5.1", "6,5,1", "1e1", "-", ".", "6 5", "1 000", "١", "12345678901234567"})
    void refusesWhatIsNotADecimalNumber(String text) {
        assertEquals(DecimalText.NOT_A_NUMBER, DecimalText.scan(text, 1));
    }

    @Test
    void emptyOrSpacesIsBlank() {
        assertEquals(DecimalText.BLANK, DecimalText.scan("", 1));
        assertEquals(DecimalText.BLANK, DecimalText.scan("   ", 1));
    }

    @Test
    void exactDecimalsConvertWithoutRounding() {
        assertEquals(65, DecimalText.units(new BigDecimal("6.5"), 1));
        assertEquals(65, DecimalText.units(new BigDecimal("6.50"), 1));
        assertEquals(100, DecimalText.units(new BigDecimal("1E+1"), 1));
        assertEquals(DecimalText.TOO_MANY_DECIMALS, DecimalText.units(new BigDecimal("6.25"), 1));
        assertEquals(DecimalText.NOT_A_NUMBER, DecimalText.units(new BigDecimal("1E+30"), 1));
    }

    @Test
    void formatsWithEitherSeparator() {
        assertEquals("18.3", DecimalText.format(183, 1, '.'));
        assertEquals("18,3", DecimalText.format(183, 1, ','));
        assertEquals("-0,1", DecimalText.format(-1, 1, ','));
        assertEquals("40.0", DecimalText.format(400, 1, '.'));
    }
}
