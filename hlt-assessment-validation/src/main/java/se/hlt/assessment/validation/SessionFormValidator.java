package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import se.hlt.assessment.series.SessionForm;

/**
 * Checks {@link ValidSession} on the library's {@link SessionForm}. Its violations are at the session form's
 * {@code form} property ({@code form.answers[socially]}), where the answers are.
 */
public final class SessionFormValidator implements ConstraintValidator<ValidSession, SessionForm> {

    @Override
    public boolean isValid(SessionForm session, ConstraintValidatorContext context) {
        if (session == null) {
            return true;
        }
        var form = session.form();
        return Finding.report(FormChecks.ofSession(form.instrument(), form.answers(), FormChecks.of(form)), context,
                Optional.of("form"));
    }
}
