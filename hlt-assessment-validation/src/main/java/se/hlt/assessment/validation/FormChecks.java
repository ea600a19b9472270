package se.hlt.assessment.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Answers;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.ProblemKind;
import se.hlt.assessment.scoring.Scorer;

/**
 * The checks behind the constraints: a form is scored by the engine and each of its problems becomes a finding.
 * For a case system's own object, what the library's records would refuse with an exception (a personal number as
 * an id, an instrument or a question name; a text that is no number) is screened first, by the core's own screen
 * and parser, so that it is a violation like any other.
 */
final class FormChecks {

    /** The ORS/SRS family's name in the instrument definitions. */
    private static final String SESSION_FAMILY = "ors-srs";

    private FormChecks() {
    }

    private static Scorer scorer() {
        return Scorer.builtIn(); // built once, on first use, and shared: a validator may run on many threads
    }

    /** The engine's problems with a form of the library's own. */
    static List<Finding> of(Form form) {
        return scorer().score(form).problems().stream().map(Finding::of).toList();
    }

    /** The problems with a case system's form: screened parts first, then the engine's checks of the rest. */
    static List<Finding> of(AssessmentForm given) {
        List<Finding> findings = new ArrayList<>();
        String instrument = given.instrument();
        if (instrument == null || instrument.isBlank()) {
            findings.add(Finding.at("instrument", "instrument.missing"));
        } else if (PersonalIdentityNumbers.looksLike(instrument)) {
            findings.add(identityNumber("instrument"));
        }
        FormContext context = FormContext.none();
        Optional<String> id = given.clientId();
        if (id.isPresent() && PersonalIdentityNumbers.looksLike(id.get())) {
            findings.add(identityNumber("id"));
        } else if (id.isPresent()) {
            context = context.withId(id.get());
        }
        OptionalInt age = given.childAge();
        if (age.isPresent()) {
            context = context.withAge(age.getAsInt()); // an impossible age is the engine's problem to report
        }
        Optional<String> sexText = given.childSex();
        if (sexText.isPresent()) {
            Optional<Sex> sex = Sex.fromText(sexText.get());
            if (sex.isPresent()) {
                context = context.withSex(sex.get());
            } else {
                findings.add(Finding.of(Problem.of("sex", ProblemKind.BAD_VALUE, sexText.get(), "female, male")));
            }
        }
        Map<String, BigDecimal> answers = answers(given.answers(), findings);
        if (findings.stream().anyMatch(f -> f.property().filter("instrument"::equals).isPresent())) {
            return findings; // no instrument to score against
        }
        findings.addAll(of(Form.of(instrument, answers, context)));
        return findings;
    }

    /** The answers as numbers; a text that is no number, or a personal number as a question name, is a finding. */
    private static Map<String, BigDecimal> answers(Map<String, ?> given, List<Finding> findings) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        if (given == null) {
            return numbers;
        }
        given.forEach((question, value) -> {
            if (question == null || PersonalIdentityNumbers.looksLike(question)) {
                // never put in a path, where the violation would show it
                findings.add(identityNumber("answers"));
                return;
            }
            Optional<BigDecimal> number = number(value);
            if (value != null && number.isEmpty()) {
                findings.add(Finding.of(Problem.of(question, ProblemKind.NOT_A_NUMBER, String.valueOf(value),
                        "a number such as 2 or 6,5, or empty")));
            }
            number.ifPresent(n -> numbers.put(question, n));
        });
        return numbers;
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number n) {
            try {
                return Optional.of(Answers.exact(n));
            } catch (IllegalArgumentException notFinite) {
                return Optional.empty();
            }
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank() ? Optional.empty() : Answers.tryParse(text.toString());
        }
        return Optional.empty();
    }

    private static Finding identityNumber(String property) {
        return Finding.of(Problem.of(property, ProblemKind.PERSONAL_IDENTITY_NUMBER));
    }

    /**
     * The problems with a session's form: an instrument of the ORS/SRS family, every scale marked or the total
     * alone, and what {@link #of(Form)} finds.
     */
    static List<Finding> ofSession(String instrument, Map<String, ?> answers, List<Finding> formFindings) {
        Optional<InstrumentDefinition> definition = Optional.ofNullable(instrument)
                .flatMap(scorer().instruments()::find);
        if (definition.isEmpty() || !definition.get().family().equals(SESSION_FAMILY)) {
            boolean reported = formFindings.stream().anyMatch(f -> f.property().filter("instrument"::equals)
                    .isPresent());
            return reported ? formFindings : List.of(Finding.at("instrument", "session.not_a_session_form"));
        }
        List<Finding> findings = new ArrayList<>(formFindings);
        List<String> scales = definition.get().questions().stream().filter(q -> q.number().isPresent())
                .map(Question::name).toList();
        boolean anyScale = scales.stream().anyMatch(s -> answered(answers, s));
        boolean totalOnly = !anyScale && answered(answers, "total");
        if (!totalOnly) {
            for (String scale : scales) {
                if (!answered(answers, scale)) {
                    findings.add(Finding.atAnswer(scale, "session.mark_missing"));
                }
            }
        }
        return findings;
    }

    private static boolean answered(Map<String, ?> answers, String question) {
        Object value = answers == null ? null : answers.get(question);
        return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }
}
