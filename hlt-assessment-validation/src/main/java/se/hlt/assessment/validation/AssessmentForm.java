package se.hlt.assessment.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link ValidForm} and {@link ValidSession} need of a case system's own form object: implement it on the
 * request object (a record or a bean) and annotate the class, with no adapter to write.
 *
 * <pre>{@code
 * @ValidForm
 * public record SdqRequest(String instrument, Map<String, Integer> answers, String pseudonym, Integer age)
 *         implements AssessmentForm {
 *     public Optional<String> clientId() { return Optional.ofNullable(pseudonym); }
 *     public OptionalInt childAge() { return age == null ? OptionalInt.empty() : OptionalInt.of(age); }
 * }
 * }</pre>
 *
 * <p>The optional parts have names of their own ({@code clientId}, not {@code id}) so that a record's own
 * components, usually {@code Integer} or {@code String}, never clash with them. A violation names the part it is
 * about: {@code instrument}, {@code answers[consid]}, {@code answers} (a question name that is a personal number,
 * which is never put in a path), {@code id}, {@code age} or {@code sex}.
 */
public interface AssessmentForm {

    /** The instrument version's id, e.g. {@code sdq-p-4-17-baseline} or {@code ors}; null is a violation. */
    String instrument();

    /**
     * The answers by question name: numbers (an SDQ code as ticked, an ORS mark such as 6.5; an integer is a whole
     * mark) or texts of numbers ({@code "6,5"}, as a form field binds); {@code null}, or left out, is unanswered.
     */
    Map<String, ?> answers();

    /** The child's pseudonymous id, if the form has one; a personal identity number is a violation. */
    default Optional<String> clientId() {
        return Optional.empty();
    }

    /** The child's age in whole years, if known; an impossible one (below 0, above 120) is a violation. */
    default OptionalInt childAge() {
        return OptionalInt.empty();
    }

    /** The child's sex ({@code female}/{@code male}, {@code flicka}/{@code pojke}, ...), if known. */
    default Optional<String> childSex() {
        return Optional.empty();
    }

    /**
     * The date the form was filled in, if known. One form alone has no rule about its date (a series checks the
     * order of its sessions); it is here so that a case system's session object says everything the library
     * reads.
     */
    default Optional<LocalDate> formDate() {
        return Optional.empty();
    }
}
