package se.hlt.assessment.scoring;

import java.util.Map;
import java.util.Objects;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * A filled-in form, as given to {@link Scorer#score(Form)}: which instrument version, the answers as ticked,
 * and what is known of the child.
 *
 * <p>Answers are keyed by the questions' short names without informant prefix ({@code consid}, {@code ebddiff});
 * a missing answer is simply absent, never 0. Codes are as ticked: the first option is 0. Reverse keying is the
 * engine's job, never the caller's.
 *
 * <p>The instrument id and the question names are the caller's text and are echoed in problems (an unknown
 * instrument or question is named), so one that looks like a personal identity number is refused here, naming the
 * field and never the value; the child's id is screened by {@link FormContext}.
 *
 * @param instrument the instrument version's id, e.g. {@code sdq-p-4-17-baseline}
 * @param answers question name &rarr; code as ticked
 * @param context the child's pseudonymous id, age and sex, where given
 */
public record Form(String instrument, Map<String, Integer> answers, FormContext context) {

    /**
     * Checks the required parts and copies the answers.
     *
     * @throws IllegalArgumentException if the instrument id or a question name looks like a personal identity
     *     number (the message names the field only)
     */
    public Form {
        PersonalIdentityNumbers.requireNone(Objects.requireNonNull(instrument, "instrument"), "instrument");
        Objects.requireNonNull(context, "context");
        answers = Map.copyOf(answers);
        for (String question : answers.keySet()) {
            PersonalIdentityNumbers.requireNone(question, "answers");
        }
    }

    /** A form of {@code instrument} with these answers and nothing known of the child. */
    public static Form of(String instrument, Map<String, Integer> answers) {
        return new Form(instrument, answers, FormContext.none());
    }

    /** This form with another context. */
    public Form withContext(FormContext newContext) {
        return new Form(instrument, answers, newContext);
    }
}
