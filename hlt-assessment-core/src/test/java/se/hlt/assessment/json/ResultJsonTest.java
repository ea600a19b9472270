package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

class ResultJsonTest {

    private final Scorer scorer = Scorer.builtIn();

    private FormResult proratedParentForm() {
        Map<String, Integer> answers = new HashMap<>();
        for (String item : new String[] {"consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys",
                "caring", "fidgety", "friend", "fights", "popular", "distrac", "kind", "lies", "bullied",
                "helpout", "reflect", "steals", "oldbest", "attends"}) {
            answers.put(item, 1);
        }
        answers.put("ebddiff", 2);
        answers.put("distres", 3);
        return scorer.score(Form.of("sdq-p-4-17-baseline", answers)
                .withContext(FormContext.none().withId("k-1").withAge(7).withSex(Sex.MALE)));
    }

    @Test
    void aResultReadsBackEqual() {
        FormResult result = proratedParentForm();
        assertEquals(1, result.norms().size(), "compared with the UK boys' table, z-scores and all");
        assertEquals(result, ResultJson.read(ResultJson.write(result)).orElseThrow());
    }

    @Test
    void anInvalidResultReadsBackEqual() {
        FormResult result = scorer.score(Form.of("sdq-t-4-17-baseline", Map.of("consid", 3, "kind", 7)));
        assertEquals(2, result.problems().size());
        assertEquals(result, ResultJson.read(ResultJson.write(result)).orElseThrow());
    }

    @Test
    void writtenResultsFollowThePublishedSchema() {
        for (FormResult result : new FormResult[] {proratedParentForm(),
                scorer.score(Form.of("sdq-t-2-4-baseline", Map.of("consid", 1))),
                scorer.score(Form.of("no-such-form", Map.of()))}) {
            String json = ResultJson.write(result);
            assertEquals(java.util.Set.of(), JsonSchemas.problems("/hlt/schema/result.schema.json", json), json);
        }
    }

    @Test
    void anOrsTotalIsWrittenWithItsDecimalAndReadsBackEqual() {
        FormResult result = scorer.score(Form.of("ors", Map.of("individually", new BigDecimal("2.8"), "interpersonally", new BigDecimal("0.0"),
                "socially", new BigDecimal("10.0"), "overall", new BigDecimal("5.5"))).withContext(FormContext.none().withId("k-2")
                .withRater(se.hlt.assessment.instrument.Informant.PARENT)));
        String json = ResultJson.write(result);
        assertTrue(json.contains("\"value\" : 18.3,"), json);
        assertTrue(json.contains("\"max\" : 40.0,"), json);
        assertTrue(json.contains("\"decimals\" : 1,"), json);
        assertTrue(json.contains("\"rater\" : \"parent\""), json);
        assertEquals(result, ResultJson.read(json).orElseThrow());
        assertEquals(java.util.Set.of(), JsonSchemas.problems("/hlt/schema/result.schema.json", json), json);
        FormResult totalOnly = scorer.score(Form.of("ors", Map.of("total", new BigDecimal("40.0"))));
        assertEquals(totalOnly, ResultJson.read(ResultJson.write(totalOnly)).orElseThrow());
    }

    @Test
    void wholeNumberScoresAreWrittenAsBeforeWithoutDecimals() {
        String json = ResultJson.write(proratedParentForm());
        assertTrue(json.contains("\"value\" : 5,"), json);
        assertTrue(json.contains("\"max\" : 10,"), json);
        assertTrue(!json.contains("decimals"), json);
    }

    @Test
    void theOutputIsStable() {
        FormResult result = proratedParentForm();
        String json = ResultJson.write(result);
        assertTrue(json.indexOf("\"band3\"") < json.indexOf("\"band4\""));
        assertEquals(json, ResultJson.write(ResultJson.read(json).orElseThrow()));
    }
}
