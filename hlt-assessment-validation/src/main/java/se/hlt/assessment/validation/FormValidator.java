package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import se.hlt.assessment.scoring.Form;

/** Checks {@link ValidForm} on the library's {@link Form}: the engine's problems, one violation each. */
public final class FormValidator implements ConstraintValidator<ValidForm, Form> {

    @Override
    public boolean isValid(Form form, ConstraintValidatorContext context) {
        return form == null || Finding.report(FormChecks.of(form), context, Optional.empty());
    }
}
