/**
 * Jakarta Bean Validation constraints for a case system that records the SDQ or the ORS/SRS family, as a banking
 * library ships {@code @IBAN}: put them on the request objects a framework validates ({@code @Valid}), and the
 * library's own rules answer, with a {@code ConstraintViolation} per problem, in English or Swedish.
 *
 * <ul>
 *   <li>{@link se.hlt.assessment.validation.ValidForm} (class level): the form can be scored. On the library's
 *       {@code Form}, or on the case system's own form object through {@link
 *       se.hlt.assessment.validation.AssessmentForm}. It runs the engine ({@code Scorer.builtIn()}) and reports
 *       each of its problems at the answer it names ({@code answers[consid]}), never a rule of its own.</li>
 *   <li>{@link se.hlt.assessment.validation.ValidSession} (class level): an ORS/SRS-family form of a session, every
 *       scale marked (0.0-10.0, one decimal) or the total alone.</li>
 *   <li>{@link se.hlt.assessment.validation.NoPersonalIdentityNumber} (a text field): not a personal identity or
 *       co-ordination number, by the core's one screen ({@code privacy.PersonalIdentityNumbers}).</li>
 * </ul>
 *
 * <p>Messages come from {@code ValidationMessages.properties} and {@code ValidationMessages_sv.properties}, in the
 * locale the validator's message interpolation chooses (Spring's is the request's). A value quoted back is the
 * engine's short echo (at most six characters, never a personal number), escaped so that the message interpolation
 * never evaluates it.
 *
 * <p>Depends on {@code jakarta.validation-api} and the core only: the validator (Hibernate Validator and an
 * Expression Language) is the application's. Imports the domain packages {@code scoring}, {@code series},
 * {@code instrument} and {@code privacy}, never an adapter ({@code json}, {@code csv}) or Jackson
 * ({@code ValidationArchitectureTest}).
 */
package se.hlt.assessment.validation;
