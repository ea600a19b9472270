package se.hlt.assessment.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * A filled-in form, as given to {@link Scorer#score(Form)}: which instrument version, the answers, and what is
 * known of the child.
 *
 * <p>Answers are keyed by the questions' short names without informant prefix ({@code consid}, {@code ebddiff})
 * and are the numbers the person gave: an SDQ answer is the code as ticked (the first option is 0), an ORS mark is
 * the mark in cm with its decimal ({@code 6.5}; an integer is a whole mark, so {@code 6} is 6.0, never 0.6). A
 * missing answer is absent or {@code null} (what binding a request object gives), never 0. Reverse keying is the
 * engine's job, never the caller's. Whether a number is a valid answer (a code of the question, within the range,
 * with no more decimals than the scale is read to) is the engine's to say, as a problem of the result.
 *
 * <p>The instrument id and the question names are the caller's text and are echoed in problems (an unknown
 * instrument or question is named), so one that looks like a personal identity number is refused here, naming the
 * field and never the value; the child's id is screened by {@link FormContext}.
 *
 * @param instrument the instrument version's id, e.g. {@code sdq-p-4-17-baseline}
 * @param answers question name &rarr; the answer, exactly (no binary floating point)
 * @param context the child's pseudonymous id, age and sex, where given
 */
public record Form(String instrument, Map<String, BigDecimal> answers, FormContext context) {

    /**
     * Checks the required parts and copies the answers, leaving out the unanswered ({@code null}) ones.
     *
     * @throws IllegalArgumentException if the instrument id or a question name looks like a personal identity
     *     number (the message names the field only), or a question name is null
     */
    public Form {
        PersonalIdentityNumbers.requireNone(Objects.requireNonNull(instrument, "instrument"), "instrument");
        Objects.requireNonNull(context, "context");
        answers = answered(answers, BigDecimal.class::cast);
    }

    /**
     * A form of {@code instrument} with these answers and nothing known of the child. Integers are whole answers
     * (codes as ticked, or whole ORS marks); a {@link BigDecimal} is taken exactly; a {@code double} by its
     * shortest decimal text ({@code 6.5}); {@code null} is unanswered.
     *
     * @throws IllegalArgumentException as the constructor does, or for a {@code double} that is not finite
     */
    public static Form of(String instrument, Map<String, ? extends Number> answers) {
        return of(instrument, answers, FormContext.none());
    }

    /** As {@link #of(String, Map)}, about the child in {@code context}. */
    public static Form of(String instrument, Map<String, ? extends Number> answers, FormContext context) {
        return new Form(instrument, answered(answers, Answers::exact), context);
    }

    /**
     * A form from answers as the engine holds them, codes in whole units of each question's decimals (an ORS mark
     * of 6.5 is 65): for adapters that read codes (typed-in lines), never for a caller's numbers.
     *
     * @throws IllegalArgumentException as the constructor does
     */
    public static Form ofCodes(InstrumentDefinition definition, Map<String, Integer> codes, FormContext context) {
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        codes.forEach((name, code) -> {
            if (code != null) {
                int decimals = definition.questions().stream().filter(q -> names(q, name)).findFirst().map(q -> definition.responsesOf(q).decimals()).orElse(0);
                answers.put(name, BigDecimal.valueOf(code, decimals));
            }
        });
        return new Form(definition.id(), answers, context);
    }

    /** This form with another context. */
    public Form withContext(FormContext newContext) {
        return new Form(instrument, answers, newContext);
    }

    /** The answer to {@code question}, empty when it is not answered. */
    public Optional<BigDecimal> answer(String question) {
        return Optional.ofNullable(answers.get(question));
    }

    private static <N> Map<String, BigDecimal> answered(Map<String, ? extends N> given,
                                                          java.util.function.Function<N, BigDecimal> exact) {
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        Objects.requireNonNull(given, "answers").forEach((question, value) -> {
            if (question == null) {
                throw new IllegalArgumentException("answers: a question name is null");
            }
            PersonalIdentityNumbers.requireNone(question, "answers");
            if (value != null) {
                kept.put(question, exact.apply(value));
            }
        });
        return Map.copyOf(kept);
    }

    /** Whether {@code name} is the question's, or the name it replaces (an item of the 2-4 version). */
    private static boolean names(Question q, String name) {
        return q.name().equals(name) || q.replaces().map(name::equals).orElse(false);
    }
}
