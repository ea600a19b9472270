package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link ValidForm} on a case system's {@link AssessmentForm}. */
public final class AssessmentFormValidator implements ConstraintValidator<ValidForm, AssessmentForm> {

    @Override
    public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
        return form == null || Finding.report(FormChecks.of(form), context, Optional.empty());
    }
}
