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
 * The form can be scored: the instrument exists, every answer is a question of it with an allowed code or a mark in
 * range with no more decimals than the scale is read to, the age is possible, the id is no personal identity
 * number. On a class that implements {@link AssessmentForm}, or on a field, parameter or return value of the
 * library's {@code scoring.Form} ({@code @ValidForm Form form}: the core does not depend on Bean Validation, so
 * {@code Form} itself carries no constraint, and violations are at {@code form.answers[consid]}).
 *
 * <p>The checks are the engine's own ({@code Scorer.builtIn().score}): each problem it finds is one violation, at
 * the answer it names ({@code answers[consid]}), with the engine's reason as the message. {@code null} is valid,
 * as in every Bean Validation constraint (add {@code @NotNull} where a form is required).
 */
@Documented
@Constraint(validatedBy = {FormValidator.class, AssessmentFormValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidForm {

    /** The message if no problem of its own is reported (none is: each problem is a violation of its own). */
    String message() default "{se.hlt.assessment.validation.ValidForm.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
