package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.scoring.Form;

/**
 * JSON that a careless or hostile user gives: read silently wrong before (a key given twice, a second document,
 * a misspelt timepoint, an age past the integer range), or crashing (nesting or a text past the parser's limits).
 * Each is refused with the field named, and never with an exception; a byte order mark is accepted.
 */
class HostileJsonTest {

    private static final InstrumentCatalog INSTRUMENTS = InstrumentCatalog.builtIn();
    private static final String FORM = "{\"instrument\":\"sdq-p-4-17-baseline\",\"id\":\"k1\",\"age\":9,"
            + "\"answers\":{\"consid\":0,\"restles\":1}}";

    private static List<String> problems(String json) {
        Checked<Form> form = FormJson.read(json, INSTRUMENTS);
        assertFalse(form.isOk(), json.length() > 200 ? json.substring(0, 200) : json);
        return form.problems();
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPath() {
        assertEquals(List.of("answers.consid: given twice at line 1, column 85"),
                problems(FORM.replace("\"consid\":0", "\"consid\":0,\"consid\":2")));
        assertTrue(problems(FORM.replace("\"age\":9", "\"age\":9,\"age\":12")).get(0).startsWith("age: given twice"));
    }

    @Test
    void anythingAfterTheFirstValueIsRefused() {
        assertTrue(problems(FORM + " " + FORM).get(0).startsWith("more JSON after the first value"));
        assertTrue(problems(FORM + " x").get(0).startsWith("not valid JSON at line 1"));
        assertTrue(FormJson.read(FORM + " \n", INSTRUMENTS).isOk(), "white space after the value is fine");
    }

    @Test
    void aMisspeltTimepointIsNeverReadAsBaseline() {
        String json = "{\"informant\":\"parent\",\"version\":\"4-17\",\"timepoint\":\"folowup\","
                + "\"answers\":{\"consid\":0}}";
        assertEquals(List.of("timepoint: must be baseline or followup"), problems(json));
    }

    @Test
    void fieldsThatContradictTheInstrumentIdAreRefused() {
        List<String> problems = problems(FORM.replace("\"id\":\"k1\"",
                "\"id\":\"k1\",\"informant\":\"teacher\",\"timepoint\":\"followup\",\"version\":\"2-4\""));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("informant: contradicts the instrument id")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("timepoint: contradicts the instrument id")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("version: contradicts the instrument id")));
        String agreeing = FORM.replace("\"id\":\"k1\"", "\"id\":\"k1\",\"informant\":\"parent\",\"timepoint\":"
                + "\"baseline\",\"version\":\"4-17\",\"family\":\"sdq\"");
        assertTrue(FormJson.read(agreeing, INSTRUMENTS).isOk());
    }

    @Test
    void anAgePastTheIntegerRangeIsNotReadModulo() {
        assertEquals(List.of("age: must be the child's age in whole years"),
                problems(FORM.replace("\"age\":9", "\"age\":4294967305")));
    }

    @Test
    void nestingAndLengthPastTheLimitsAreRefusedNotThrown() {
        String deep = "{\"instrument\":\"sdq-p-4-17-baseline\",\"note\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        assertTrue(problems(deep).get(0).startsWith("larger than the reader allows: Document nesting depth"),
                problems(deep).toString());
        String longText = "{\"instrument\":\"sdq-p-4-17-baseline\",\"note\":\"" + "x".repeat(20_000_001) + "\"}";
        assertTrue(problems(longText).get(0).startsWith("larger than the reader allows: String value length"));
        assertFalse(SeriesJson.read(deep, INSTRUMENTS).isOk());
        assertFalse(CohortJson.read(deep, Locale.ENGLISH).isOk());
        assertFalse(ResultJson.read(deep).isOk());
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertTrue(FormJson.read("\uFEFF" + FORM, INSTRUMENTS).isOk());
    }

    @Test
    void everyJsonInputSharesTheRules() {
        String series = "{\"client\":\"c1\",\"client\":\"c2\",\"sessions\":[]}";
        assertTrue(SeriesJson.read(series, INSTRUMENTS).problems().get(0).startsWith("client: given twice"));
        assertTrue(CohortJson.read("{\"reports\":[]} {}", Locale.ENGLISH).problems().get(0)
                .startsWith("more JSON after the first value"));
        Checked<OrsSrsRules> rules = OrsSrsRules.read("{\"id\":\"a\",\"id\":\"b\"}", "rules.json");
        assertTrue(rules.problems().get(0).startsWith("rules.json: id: given twice"), rules.problems().toString());
    }

    /** A key of the form, at the top or in the answers, given again: always refused, naming that key. */
    @Property(tries = 60)
    void aRepeatedKeyAnywhereIsRefusedByName(@ForAll("keys") String key, @ForAll boolean sameValue) {
        Map<String, String> inAnswers = Map.of("consid", "0", "restles", "1");
        String json;
        String path;
        if (inAnswers.containsKey(key)) {
            String value = sameValue ? inAnswers.get(key) : "2";
            json = FORM.replace("\"" + key + "\":" + inAnswers.get(key),
                    "\"" + key + "\":" + inAnswers.get(key) + ",\"" + key + "\":" + value);
            path = "answers." + key;
        } else {
            json = FORM.replace("{\"instrument\"", "{\"" + key + "\":null,\"instrument\"");
            path = key;
        }
        List<String> problems = problems(json);
        assertTrue(problems.get(0).startsWith(path + ": given twice"), problems.toString());
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("instrument", "id", "age", "answers", "consid", "restles");
    }
}
