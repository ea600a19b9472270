package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong option value is refused in the user's language, saying what was expected in the option's own terms, and
 * never with Java's exception text (a bad --date said "java.time.format.DateTimeParseException" in Swedish too).
 */
class WrongValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "enter sdq --date igår; --date; YYYY-MM-DD; igår",
        "enter sdq --date 2025-13-45; --date; YYYY-MM-DD; 2025-13-45",
        "enter ors --date 14/3; --date; YYYY-MM-DD; 14/3",
        "enter sdq --sex x; --sex; female|male; x",
        "enter sdq --informant x; --informant; parent|teacher|self|other; x",
        "enter ors --rater x; --rater; parent|teacher|self|other; x",
        "enter sdq --timepoint t9; --timepoint; baseline|followup; t9",
        "compare --window 9 --baseline a.csv --followup b.csv --out p.csv; --window; MIN-MAX (3-6); 9",
        "batch sdq --coding 1-5 --in a.csv --out b.csv; --coding; 0-2|1-3; 1-5",
    })
    void aWrongValueIsRefusedInEitherLanguage(String args, String option, String expected, String value) {
        Run english = Run.of((args.trim() + " --lang en").split(" +"));
        assertEquals(ExitCodes.USAGE, english.exit(), english.err());
        String firstLine = english.err().lines().findFirst().orElse("");
        assertEquals("Invalid value for option '" + option + "': expected " + expected + " but was '" + value + "'",
                firstLine);

        Run swedish = Run.of((args.trim() + " --lang sv").split(" +"));
        assertEquals(ExitCodes.USAGE, swedish.exit(), swedish.err());
        assertEquals("Ogiltigt värde för '" + option + "': väntade " + expected + " men fick '" + value + "'",
                swedish.err().lines().findFirst().orElse(""));
        assertFalse(english.err().contains("java."), english.err());
        assertFalse(swedish.err().contains("java."), swedish.err());
    }

    @ParameterizedTest
    @CsvSource({"--date", "--sex"})
    void aPersonalNumberGivenAsAValueIsWithheld(String option) {
        String number = SyntheticNumbers.withDash(SyntheticNumbers.tenDigits(new Random(17)));
        Run run = Run.of("enter", "sdq", option, number, "--lang", "en");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertFalse(run.err().contains(number.substring(0, 6)), "never echoed");
        assertTrue(run.err().contains("withheld"), run.err());
    }
}
