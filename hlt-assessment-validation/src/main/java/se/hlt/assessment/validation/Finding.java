package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.Texts;

/**
 * One violation to report: where (a property, and for an answer the question as the map key) and the message
 * template, whose texts are keys of {@code ValidationMessages}.
 *
 * @param property the property the violation is at ({@code answers}, {@code age}...), or empty for the object
 * @param key the map key within the property ({@code consid} in {@code answers[consid]}), if any
 * @param template the message template
 */
record Finding(Optional<String> property, Optional<String> key, String template) {

    static final String KEYS = "se.hlt.assessment.validation.";

    /**
     * The properties a problem names as they are ({@code answers} as a whole: a question name that is a personal
     * number); any other field it names is an answer.
     */
    private static final List<String> OWN_PROPERTIES = List.of("instrument", "answers", "age", "sex", "id", "rater");

    private static final List<String> PHRASES = phrases();

    /** A finding at a property, with a message of this module's own. */
    static Finding at(String property, String messageKey) {
        return new Finding(Optional.of(property), Optional.empty(), "{" + KEYS + messageKey + "}");
    }

    /** A finding at the answer to {@code question}, with a message of this module's own. */
    static Finding atAnswer(String question, String messageKey) {
        return new Finding(Optional.of("answers"), Optional.of(question), "{" + KEYS + messageKey + "}");
    }

    /**
     * The engine's problem, at the field it names, in the words the core uses ({@code ValidationMessages} keeps the
     * same texts, checked by a test): the short value it echoes, the reason, what is allowed.
     */
    static Finding of(Problem problem) {
        StringBuilder template = new StringBuilder();
        problem.value().ifPresent(v -> template.append(literal(v)).append(' '));
        template.append('{').append(KEYS).append("problem.").append(problem.kind().code()).append('}');
        problem.allowed().ifPresent(a -> template.append("; {").append(KEYS).append("problem.allowed} ")
                .append(allowed(a)));
        String field = problem.field();
        return OWN_PROPERTIES.contains(field)
                ? new Finding(Optional.of(field), Optional.empty(), template.toString())
                : new Finding(Optional.of("answers"), Optional.of(field), template.toString());
    }

    /**
     * What is allowed, as a template whose words are said in the reader's language: the engine builds it in English
     * from codes and bounds before any locale is known, so each of its phrases ({@code or empty}, {@code to}) becomes
     * the parameter {@code allowed.phrase.N}, the core's own phrase (as {@link Texts#allowed} translates it, longest
     * first), and the rest (codes, numbers) is kept literally.
     */
    static String allowed(String english) {
        StringBuilder template = new StringBuilder();
        int at = 0;
        next:
        while (at < english.length()) {
            for (int n = 0; n < PHRASES.size(); n++) {
                if (english.startsWith(PHRASES.get(n), at)) {
                    template.append('{').append(KEYS).append("allowed.phrase.").append(n + 1).append('}');
                    at += PHRASES.get(n).length();
                    continue next;
                }
            }
            template.append(literal(english.substring(at, at + 1)));
            at++;
        }
        return template.toString();
    }

    /** The core's English phrases of what is allowed, in its order: {@code allowed.phrase.1}, 2, ... */
    private static List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        for (int n = 1; Texts.get("allowed.phrase." + n, Locale.ENGLISH).isPresent(); n++) {
            phrases.add(Texts.get("allowed.phrase." + n, Locale.ENGLISH).orElseThrow());
        }
        return List.copyOf(phrases);
    }

    /**
     * Text from the input, escaped so that the message interpolation takes it as it is: a value typed by a user
     * must never be read as a message parameter or an expression ({@code ${...}} would be evaluated).
     */
    static String literal(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Reports the findings as violations in place of the constraint's own message; valid when there are none.
     *
     * @param parent the property the findings' properties are in ({@code form} of a session form), if any
     */
    static boolean report(List<Finding> findings, ConstraintValidatorContext context, Optional<String> parent) {
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : findings) {
            ConstraintValidatorContext.ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(f.template());
            if (parent.isEmpty()) {
                if (f.key().isPresent()) {
                    builder.addPropertyNode(f.property().orElseThrow()).addBeanNode().inIterable()
                            .atKey(f.key().get()).addConstraintViolation();
                } else if (f.property().isPresent()) {
                    builder.addPropertyNode(f.property().get()).addConstraintViolation();
                } else {
                    builder.addConstraintViolation();
                }
            } else {
                var inParent = builder.addPropertyNode(parent.get());
                if (f.key().isPresent()) {
                    inParent.addPropertyNode(f.property().orElseThrow()).addBeanNode().inIterable()
                            .atKey(f.key().get()).addConstraintViolation();
                } else if (f.property().isPresent()) {
                    inParent.addPropertyNode(f.property().get()).addConstraintViolation();
                } else {
                    inParent.addConstraintViolation();
                }
            }
        }
        return false;
    }
}
