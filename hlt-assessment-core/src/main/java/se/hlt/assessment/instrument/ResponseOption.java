package se.hlt.assessment.instrument;

/**
 * One response option of a question, as coded in data: the first option on the form is usually code 0.
 *
 * @param code the code a ticked option is recorded as
 * @param label a short, language-neutral key for the option, e.g. {@code somewhat_true} (never the form's wording)
 */
public record ResponseOption(int code, String label) {
}
