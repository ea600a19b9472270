/**
 * Jakarta Bean Validation constraints for the SDQ and the ORS/SRS family ({@code se.hlt.assessment.validation}).
 * Requires the validation API and the core; the validator itself (Hibernate Validator) is the application's, and
 * instantiates this module's public validators through the exported package.
 */
module se.hlt.assessment.validation {
    requires transitive jakarta.validation;
    requires transitive se.hlt.assessment.core;

    exports se.hlt.assessment.validation;
}
