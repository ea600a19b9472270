package se.hlt.assessment.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * A filled-in form, as given to {@link Scorer#score(Form)}: which instrument version, the answers as ticked,
 * and what is known of the child.
 *
 * <p>Answers are keyed by the questions' short names without informant prefix ({@code consid}, {@code ebddiff});
 * a missing answer is simply absent, never 0. Codes are as ticked: the first option is 0. Reverse keying is the
 * engine's job, never the caller's.
 *
 * @param instrument the instrument version's id, e.g. {@code sdq-p-4-17-baseline}
 * @param answers question name &rarr; code as ticked
 * @param context the child's pseudonymous id, age and sex, where given
 */
public record Form(String instrument, Map<String, Integer> answers, FormContext context) {

    /** Checks the required parts and copies the answers. */
    public Form {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(context, "context");
        answers = Map.copyOf(answers);
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
