import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.scoring.SdqScores;

/**
 * A plain Java program, no framework: validates a case system's SDQ request object with the library's constraints,
 * prints each violation at its answer in Swedish, then scores the corrected form. Needs hlt-assessment-validation,
 * a validator (Hibernate Validator) and an Expression Language (Expressly) on the class path.
 */
public final class ValidateIntake {

    public static void main(String[] args) {
        Locale.setDefault(Locale.forLanguageTag("sv-SE")); // the messages follow the validator's locale
        Map<String, Integer> answers = new HashMap<>();
        answers.put("consid", 3);       // not a code of the SDQ: 0, 1 or 2
        answers.put("restles", null);   // unanswered, as binding a form gives it
        answers.putAll(Map.of("somatic", 1, "worries", 2, "unhappy", 1, "clingy", 0, "afraid", 1)); // emotion
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            SdqIntake intake = new SdqIntake("sdq-p-4-17-baseline", answers, "k-17", 9);
            TreeSet<String> lines = new TreeSet<>();
            for (ConstraintViolation<SdqIntake> v : validator.validate(intake)) {
                lines.add(v.getPropertyPath() + ": " + v.getMessage());
            }
            lines.forEach(System.out::println);

            answers.put("consid", 2);
            SdqIntake corrected = new SdqIntake("sdq-p-4-17-baseline", answers, "k-17", 9);
            System.out.println("violations after correction: " + validator.validate(corrected).size());
            FormResult result = Scorer.builtIn().score(Form.of(corrected.instrument(), corrected.answers()));
            System.out.println("status " + result.status().code() + ", emotion "
                    + result.value(SdqScores.EMOTION).orElse(-1));
        }
    }
}
