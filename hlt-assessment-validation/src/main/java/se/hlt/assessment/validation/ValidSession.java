package se.hlt.assessment.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ORS/SRS-family form of one session (ORS, SRS, CORS, CSRS, YCORS, YCSRS) that can be scored and is whole:
 * every scale marked, 0.0-10.0 with one decimal (the young-child forms: the one rating, 1-4), or the total alone
 * as a paper record gives it; and everything {@link ValidForm} checks. On the library's
 * {@code series.SessionForm} (on a field, parameter or return value of that type) or on a class that implements
 * {@link AssessmentForm}.
 *
 * <p>The scales, ranges and decimals are the instrument definition's, and the range and decimals are checked by
 * the engine; a form of another instrument is a violation at {@code instrument}, a scale left out one at
 * {@code answers[socially]}.
 */
@Documented
@Constraint(validatedBy = {SessionFormValidator.class, AssessmentSessionValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidSession {

    /** The message if no problem of its own is reported (none is: each problem is a violation of its own). */
    String message() default "{se.hlt.assessment.validation.ValidSession.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
