package se.hlt.assessment.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is no Swedish personal identity or co-ordination number, nor holds one: for the id fields of a case
 * system's objects (a pseudonym, a file reference, a free-text note), where HLT teams document no personal
 * identifiers. The screen is the library's one ({@code privacy.PersonalIdentityNumbers}): ten or twelve digits
 * with a plausible date, through dashes, spaces and the like, refused whatever the check digit. The message never
 * repeats the value. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IdentityNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoPersonalIdentityNumber {

    /** The message: the field looks like a personal identity number. */
    String message() default "{se.hlt.assessment.validation.NoPersonalIdentityNumber.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
