package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.instrument.Question;

/**
 * Properties of input checking: nothing is scored from a form with a bad answer, and every bad answer is named.
 * A code outside a question's set, or an answer to a question the version does not have, is a problem; it is
 * never ignored, clamped or guessed at.
 */
@PropertyDefaults(tries = 500, edgeCases = EdgeCasesMode.NONE)
class InputValidationProperties {

    private final Scorer scorer = Scorer.builtIn();

    @Property
    void aCodeOutsideTheQuestionsSetMakesTheFormInvalidThroughTheApi(
            @ForAll("formQuestionAndBadCode") Tuple3<GeneratedForm, String, Integer> bad) {
        Map<String, Integer> answers = new HashMap<>(bad.get1().answers());
        answers.put(bad.get2(), bad.get3());
        FormResult result = scorer.score(Form.of(bad.get1().definition().id(), answers));
        assertRefused(result, bad.get2(), ProblemKind.CODE_NOT_ALLOWED);
    }

    @Property
    void aCodeOutsideTheQuestionsSetMakesTheFormInvalidThroughTheAnswerArray(
            @ForAll("formQuestionAndBadCode") Tuple3<GeneratedForm, String, Integer> bad) {
        // in an answer array -1 means "unanswered", so it is not a bad code there
        Assume.that(bad.get3() != PreparedInstrument.MISSING);
        FormResult result = bad.get1().with(bad.get2(), bad.get3()).scoreArray();
        assertRefused(result, bad.get2(), ProblemKind.CODE_NOT_ALLOWED);
    }

    @Property
    void anAnswerToAQuestionTheVersionDoesNotHaveIsAProblem(
            @ForAll("formAndUnknownQuestion") Tuple3<GeneratedForm, String, Integer> bad) {
        Map<String, Integer> answers = new HashMap<>(bad.get1().answers());
        answers.put(bad.get2(), bad.get3());
        FormResult result = scorer.score(Form.of(bad.get1().definition().id(), answers));
        assertRefused(result, bad.get2(), ProblemKind.UNKNOWN_QUESTION);
    }

    @Property
    void aReplacedNameIsScoredAsTheItemThatReplacedIt(@ForAll("preschoolForm") GeneratedForm form) {
        // the 2-4 versions accept data keyed lies and steals for their items 18 and 22, argues and spite
        Map<String, Integer> renamed = new HashMap<>(form.answers());
        renameKey(renamed, "argues", "lies");
        renameKey(renamed, "spite", "steals");
        FormResult original = scorer.score(form.toForm());
        FormResult viaOldNames = scorer.score(Form.of(form.definition().id(), renamed));
        assertEquals(original, viaOldNames);
    }

    @Property
    void anItemGivenUnderBothItsNameAndTheNameItReplacesIsAProblem(@ForAll("preschoolForm") GeneratedForm form,
                                                                   @ForAll @IntRange(min = 0, max = 2) int code) {
        // argues given twice, once as lies: neither answer may silently win
        Map<String, Integer> answers = new HashMap<>(form.with("argues", code).answers());
        answers.put("lies", code);
        FormResult result = scorer.score(Form.of(form.definition().id(), answers));
        assertRefused(result, "lies", ProblemKind.ANSWERED_TWICE);
    }

    private static void assertRefused(FormResult result, String field, ProblemKind kind) {
        assertEquals(Status.INVALID, result.status());
        assertEquals(List.of(), result.scores(), "no score from an invalid form");
        assertTrue(result.problems().stream().anyMatch(p -> p.field().equals(field) && p.kind() == kind),
                () -> "no " + kind + " problem naming " + field + " in " + result.problems());
    }

    private static void renameKey(Map<String, Integer> answers, String from, String to) {
        Integer code = answers.remove(from);
        if (code != null) {
            answers.put(to, code);
        }
    }

    @Provide
    Arbitrary<Tuple3<GeneratedForm, String, Integer>> formQuestionAndBadCode() {
        return GeneratedForms.any().flatMap(form -> {
            List<Question> questions = form.definition().questions();
            return Arbitraries.of(questions).flatMap(q -> {
                List<Integer> allowed = form.definition().responsesOf(q).options().stream()
                        .map(o -> o.code()).toList();
                Arbitrary<Integer> bad = Arbitraries.oneOf(
                                Arbitraries.integers().between(-3, 10),
                                Arbitraries.integers())
                        .filter(code -> !allowed.contains(code));
                return bad.map(code -> Tuple.of(form, q.name(), code));
            });
        });
    }

    @Provide
    Arbitrary<Tuple3<GeneratedForm, String, Integer>> formAndUnknownQuestion() {
        return GeneratedForms.any().flatMap(form -> {
            Arbitrary<String> unknown = Arbitraries.oneOf(
                            Arbitraries.of(nearMisses(form)),
                            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
                    .filter(name -> form.instrument().indexOf(name).isEmpty());
            return Combinators.combine(unknown, Arbitraries.integers().between(0, 2))
                    .as((name, code) -> Tuple.of(form, name, code));
        });
    }

    /**
     * Names a real file might hold by mistake: the official prefixed names ({@code pconsid}), another version's
     * items and impact questions, and the other timepoint's questions.
     */
    private static List<String> nearMisses(GeneratedForm form) {
        return Stream.concat(
                        form.instrument().questionNames().stream()
                                .map(name -> form.definition().variablePrefix() + name),
                        Stream.of("argues", "spite", "lies", "steals", "imphome", "impleis", "chronic", "fureduc",
                                "fuhelp", "impact", "emotion", "ebdtot", "Consid", "consid "))
                .toList();
    }

    @Provide
    Arbitrary<GeneratedForm> preschoolForm() {
        return Combinators.combine(
                        Arbitraries.of(GeneratedForms.instruments().stream()
                                .filter(i -> i.definition().version().equals("2-4")).toList()),
                        GeneratedForms.missingRates())
                .flatAs(GeneratedForms::of);
    }
}
