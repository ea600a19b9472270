package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a problem says is allowed is built in English where the rule is checked, and translated phrase by phrase
 * ({@link Texts#allowed}): every such text the library builds comes out in Swedish with no English word left, and
 * unchanged in English.
 */
class AllowedTextsTest {

    /** The texts of what is allowed that the readers and the engine build, as they build them. */
    private static final List<String> BUILT = List.of(
            "0, 1, 2 or empty",                                  // QuestionCodes: a code list
            "0.0 to 10.0 or empty",                              // QuestionCodes: a numeric range
            "0 to 120 years, or empty",                          // FormScoring: an impossible age
            "the sum of the scales, 17, or empty",               // FormScoring: a total that does not match
            "whole years from 0 to 120, or empty",               // SdqRowProcessor: age
            "baseline, followup, t1 or t2, or empty",            // SdqRowProcessor: timepoint
            "a date as year-month-day, e.g. 2025-03-14, or empty",  // SdqRowProcessor: date
            "a session number, 1 or more",                       // RowParser: session
            "a date such as 2026-01-12, or empty",               // RowParser: date
            "self, parent, teacher, other, or empty",            // RowParser: rater
            "the age in whole years, 0 to 120",                  // RowParser: age
            "a pseudonymous id",                                 // OrsSeriesFile: client
            "self, parent, teacher or other",                    // OrsSeriesFile: rater
            "a number with at most one decimal",                 // OrsSeriesFile: a total
            "a session number",                                  // OrsSeriesFile: session
            "1 or 0");                                           // OrsSeriesFile: a flag

    /** English words of these texts (not those Swedish shares: id, decimal); codes (baseline, self) stay. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(or|to|empty|years?|from|whole|date|such|as|the|sum|scales|session|number|more|age|in|with|most"
                    + "|one|decimals|a|e\\.g)\\b");

    @Test
    void everyAllowedTextIsSwedishForASwedishUser() {
        for (String english : BUILT) {
            String swedish = Texts.allowed(english, Locale.forLanguageTag("sv"));
            assertFalse(ENGLISH.matcher(swedish).find(), english + " -> " + swedish);
            assertEquals(english, Texts.allowed(english, Locale.ENGLISH));
        }
    }

    @Test
    void theCheckFindsEnglishLeft() {
        org.junit.jupiter.api.Assertions.assertTrue(ENGLISH.matcher("ett samtalsnummer, 1 eller more").find());
    }
}
