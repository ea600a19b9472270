package se.hlt.assessment.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The constraints use the domain only, as the core's layers say: never an adapter ({@code json}, {@code csv},
 * {@code text}), Jackson, or a validator's implementation (the module depends on the API alone).
 */
class ValidationArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.hlt.assessment.validation");

    @Test
    void theConstraintsImportNoAdapterNoJacksonAndNoValidatorImplementation() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("se.hlt.assessment.json..",
                        "se.hlt.assessment.csv..", "se.hlt.assessment.text..", "com.fasterxml..", "org.hibernate..")
                .check(classes);
    }
}
