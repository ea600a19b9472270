package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.FormContext;

/**
 * A page speaks of a red field only where its chart draws one: the parent 4-17 version has published bands (green,
 * yellow, red), the preschool teacher 2-4 version has none, so its rows are grey and its texts say so.
 */
class RedFieldTest {

    private static final Pattern RED = Pattern.compile("\\b(red|röd|rött|röda)\\b", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RED_FILL = Pattern.compile("fill=\"(" + ProfileChart.BAND_FILLS.get(2) + "|"
            + ProfileChart.BAND_FILLS.get(3) + ")\"");

    private static ScoredForm form(String instrument, int age) {
        boolean followUp = instrument.endsWith("followup");
        return Forms.scored(instrument, followUp ? Forms.T2_ITEMS : Forms.T1_ITEMS, followUp
                ? Map.of("ebddiff", 1) : Map.of("ebddiff", 2), FormContext.none().withId("k-21").withAge(age));
    }

    /** The page's text, without the sources (whose citations are not the page's words). */
    private static String words(String page) {
        return page.replaceAll("<div class=\"sources\">.*?</div>", "").replaceAll("<[^>]*>", " ");
    }

    @ParameterizedTest(name = "{0} {1} pair={2}")
    @CsvSource({"en, sdq-p-4-17, false, true", "sv, sdq-p-4-17, false, true", "en, sdq-p-4-17, true, true",
            "sv, sdq-p-4-17, true, true", "en, sdq-t-2-4, false, false", "sv, sdq-t-2-4, false, false",
            "en, sdq-t-2-4, true, false", "sv, sdq-t-2-4, true, false"})
    void aPageSpeaksOfARedFieldOnlyWhereItsChartDrawsOne(String language, String version, boolean pair,
                                                         boolean banded) {
        int age = version.contains("2-4") ? 3 : 9;
        List<ScoredForm> forms = pair ? List.of(form(version + "-baseline", age), form(version + "-followup", age))
                : List.of(form(version + "-baseline", age));
        String html = new SdqReport(Messages.of(Locale.forLanguageTag(language)), NormsCatalog.builtIn(),
                LocalDate.of(2026, 3, 1)).html(Section.plan(forms, FormComparisons.of(InstrumentCatalog.builtIn(),
                NormsCatalog.builtIn())).sections());
        String body = html.substring(html.indexOf("<body>"));
        assertEquals(1, body.split("<section", -1).length - 1, "one page: " + body);
        boolean drawn = RED_FILL.matcher(body).find();
        boolean spoken = RED.matcher(words(body)).find();
        assertEquals(banded, drawn, "a red band is drawn where the version has bands");
        assertEquals(drawn, spoken, "the text speaks of red exactly where red is drawn: " + words(body));
        assertTrue(body.contains(banded ? "class=\"band\"" : "#e4e4e4"), "banded or grey rows");
    }
}
