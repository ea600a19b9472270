package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidSession} on a case system's {@link AssessmentForm}. */
public final class AssessmentSessionValidator implements ConstraintValidator<ValidSession, AssessmentForm> {

    @Override
    public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
        return form == null || Finding.report(
                FormChecks.ofSession(form.instrument(), form.answers(), FormChecks.of(form)), context, Optional.empty());
    }
}
