package se.hlt.assessment.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/** Checks {@link NoPersonalIdentityNumber} with the core's screen. */
public final class IdentityNumberValidator implements ConstraintValidator<NoPersonalIdentityNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || !PersonalIdentityNumbers.looksLike(value);
    }
}
