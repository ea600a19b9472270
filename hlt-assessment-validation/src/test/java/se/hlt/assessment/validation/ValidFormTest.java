package se.hlt.assessment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.Texts;
import se.hlt.assessment.scoring.FormContext;

/**
 * {@link ValidForm} through a default validator factory, as a case system's framework runs it: on the library's
 * {@code Form} and on a case system's own request object, each of the engine's problems a violation at the answer
 * it names, in English and Swedish.
 */
class ValidFormTest {

    /** A request object that holds the library's own form. */
    record Wrapped(@ValidForm Form form) {
    }

    private static Map<String, Integer> answers(Object... pairs) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aFormTheEngineScoresHasNoViolation() {
        SdqRequest ok = new SdqRequest("sdq-p-4-17-baseline", answers("consid", 2, "restles", null), "k-17", 9,
                "flicka");
        assertEquals(Map.of(), Validators.messages(ok, Locale.ENGLISH));
        assertEquals(Map.of(), Validators.messages(new Wrapped(Form.of("ors", Map.of("total", 30))), Locale.ENGLISH));
    }

    @Test
    void eachProblemOfTheEngineIsAViolationAtItsAnswerInEnglishAndSwedish() {
        SdqRequest bad = new SdqRequest("sdq-p-4-17-baseline", answers("consid", 3, "restles", 1, "hobby", 1), null,
                null, null);
        assertEquals(Map.of(
                "answers[consid]", "\"3\" is not an allowed answer; allowed: 0, 1, 2 or empty",
                "answers[hobby]", "is not a question of this form"), Validators.messages(bad, Locale.ENGLISH));
        assertEquals(Map.of(
                "answers[consid]", "\"3\" är inget tillåtet svar; tillåtet: 0, 1, 2 eller tomt",
                "answers[hobby]", "är ingen fråga i det här formuläret"), Validators.messages(bad, Validators.SWEDISH));
    }

    @Test
    void theLibrarysOwnFormIsCheckedByTheSameEngine() {
        Form form = Form.of("sdq-t-4-17-baseline", Map.of("consid", 7), FormContext.none().withAge(-3));
        assertEquals(Map.of("form.age", "\"-3\" is out of range; allowed: 0 to 120 years, or empty",
                        "form.answers[consid]", "\"7\" is not an allowed answer; allowed: 0, 1, 2 or empty"),
                Validators.messages(new Wrapped(form), Locale.ENGLISH));
    }

    @Test
    void anOrsMarkIsADecimalAndAnIntegerAWholeMark() {
        Form whole = Form.of("ors", Map.of("individually", 6, "interpersonally", 5, "socially", 7, "overall", 6));
        assertEquals(Map.of(), Validators.messages(new Wrapped(whole), Locale.ENGLISH));
        Form tooFine = Form.of("ors", Map.of("individually", new java.math.BigDecimal("6.25")));
        assertEquals(Map.of("form.answers[individually]",
                        "\"6.25\" har fler decimaler än skalan läses med; tillåtet: 0.0 till 10.0 eller tomt"),
                Validators.messages(new Wrapped(tooFine), Validators.SWEDISH));
    }

    @Test
    void anUnknownInstrumentAnImpossibleAgeAndAnUnknownSexAreNamed() {
        SdqRequest bad = new SdqRequest("sdq-x", answers(), "k-17", 200, "okänt");
        Map<String, String> messages = Validators.messages(bad, Validators.SWEDISH);
        assertEquals(Set.of("instrument", "sex"), messages.keySet(), messages.toString());
        assertTrue(messages.get("instrument").contains("är inget formulär som programmet känner till"));
        SdqRequest old = new SdqRequest("sdq-p-4-17-baseline", answers(), "k-17", 200, null);
        assertEquals(Map.of("age", "\"200\" ligger utanför det tillåtna intervallet; tillåtet: 0 till 120 år, eller tomt"),
                Validators.messages(old, Validators.SWEDISH));
        SdqRequest none = new SdqRequest(null, null, null, null, null);
        assertEquals(Map.of("instrument", "an instrument id is needed, e.g. sdq-p-4-17-baseline or ors"),
                Validators.messages(none, Locale.ENGLISH));
    }

    @Test
    void aPersonalNumberAsIdOrQuestionIsAViolationThatNeverRepeatsIt() {
        String number = Validators.identityNumber("120517", "123");
        Map<String, Integer> answers = answers("consid", 1);
        answers.put(number, 1);
        SdqRequest bad = new SdqRequest("sdq-p-4-17-baseline", answers, number, null, null);
        Set<ConstraintViolation<SdqRequest>> violations = Validators.in(Locale.ENGLISH).validate(bad);
        Map<String, String> messages = Validators.messages(bad, Locale.ENGLISH);
        assertEquals(Set.of("answers", "id", "pseudonym"), messages.keySet(), messages.toString());
        assertEquals("looks like a personal identity number: use a pseudonymous id", messages.get("pseudonym"));
        for (ConstraintViolation<SdqRequest> v : violations) {
            assertFalse(v.getMessage().contains(number.substring(0, 6)), v.getMessage());
            assertFalse(v.getPropertyPath().toString().contains(number.substring(0, 6)), v.toString());
        }
    }

    @Test
    void aValueTypedByAUserIsNeverEvaluatedByTheMessageInterpolation() {
        Map<String, String> marks = new HashMap<>(Map.of("individually", "${1+1}", "interpersonally", "{x}"));
        OrsSessionRequest typed = new OrsSessionRequest("ors", marks, "k-1", null);
        Map<String, String> messages = Validators.messages(typed, Locale.ENGLISH);
        assertTrue(messages.get("answers[individually]").startsWith("\"${1+1}\" is not a number"),
                messages.toString());
        assertTrue(messages.get("answers[interpersonally]").startsWith("\"{x}\" is not a number"), messages.toString());
    }

    @Test
    void whatIsAllowedReadsInSwedishAsTheCoreSaysIt() {
        // each rule's own "allowed" (codes, whole years, marks with decimals): the Swedish message ends in the core's
        // Swedish words for the very same English text
        java.util.List<Form> bad = java.util.List.of(
                Form.of("sdq-t-4-17-baseline", Map.of("consid", 7, "overall", 9), FormContext.none().withAge(-3)),
                Form.of("sdq-p-4-17-followup", Map.of("better", 9)),
                Form.of("ors", Map.of("individually", new java.math.BigDecimal("6.25"), "socially", 11)),
                Form.of("srs", Map.of("relationship", 12)));
        int compared = 0;
        for (Form form : bad) {
            Map<String, String> english = Validators.messages(new Wrapped(form), Locale.ENGLISH);
            Map<String, String> swedish = Validators.messages(new Wrapped(form), Validators.SWEDISH);
            for (Map.Entry<String, String> e : english.entrySet()) {
                int at = e.getValue().indexOf("allowed: ");
                if (at >= 0) {
                    String sv = swedish.get(e.getKey());
                    assertEquals(Texts.allowed(e.getValue().substring(at + "allowed: ".length()), Validators.SWEDISH),
                            sv.substring(sv.indexOf("tillåtet: ") + "tillåtet: ".length()), e.getKey());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 5, "messages with what is allowed: " + compared);
    }
}
