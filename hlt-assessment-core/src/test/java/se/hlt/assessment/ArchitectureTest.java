package se.hlt.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers, one direction only, checked on the compiled main classes so that a wrong import fails the build:
 *
 * <pre>
 *   privacy (the personal-number screen), data (loading the JSON data files; Checked)
 *     &larr; domain (instrument, norms, scoring, comparison, pairing, series, cohort)
 *       &larr; adapters: text &larr; json &larr; csv
 *         &larr; cli (module hlt-assessment-cli)
 * </pre>
 *
 * <p>An arrow points from a package to one it may import. {@code privacy} and {@code data} are both at the
 * bottom, importing nothing of the library; every layer may import {@code privacy}, so that the domain's own
 * records refuse a personal number with the same screen the adapters use. The CLI lives in another module that
 * depends on this one, so Maven already keeps this module from importing it; the rules naming it say so all the
 * same.
 *
 * <p>Plain Jupiter tests that check each rule, rather than ArchUnit's own {@code @ArchTest} engine: under
 * surefire that engine reported "Tests run: 0" and let a domain class importing {@code csv} pass.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("se.hlt.assessment");
    }

    private static final String DATA = "se.hlt.assessment.data..";
    private static final String PRIVACY = "se.hlt.assessment.privacy..";
    private static final String[] DOMAIN = {
        "se.hlt.assessment.instrument..",
        "se.hlt.assessment.norms..",
        "se.hlt.assessment.scoring..",
        "se.hlt.assessment.comparison..",
        "se.hlt.assessment.pairing..",
        "se.hlt.assessment.series..",
        "se.hlt.assessment.cohort..",
    };
    private static final String TEXT = "se.hlt.assessment.text..";
    private static final String JSON = "se.hlt.assessment.json..";
    private static final String CSV = "se.hlt.assessment.csv..";
    private static final String CLI = "se.hlt.assessment.cli..";

    private static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Privacy").definedBy(PRIVACY)
            .layer("Data").definedBy(DATA)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Text").definedBy(TEXT)
            .layer("Json").definedBy(JSON)
            .layer("Csv").definedBy(CSV)
            .optionalLayer("Cli").definedBy(CLI) // in the other module: empty here
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Csv").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Csv", "Cli")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Json", "Csv", "Cli")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Json", "Csv", "Cli")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Domain", "Json", "Csv", "Cli")
            .whereLayer("Privacy").mayOnlyBeAccessedByLayers("Data", "Domain", "Text", "Json", "Csv", "Cli")
            .because("data loading, then the domain, then the adapters, then the CLI: one direction only");

    private static final ArchRule domainImportsNoAdapterNorCli = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(TEXT, JSON, CSV, CLI, "de.siegmar.fastcsv..")
            .because("the domain knows no file format: JSON and CSV are adapters around it");

    private static final ArchRule dataLoadingImportsNoDomain = noClasses()
            .that().resideInAPackage(DATA)
            .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, TEXT, JSON, CSV, CLI))
            .because("data loading is a bottom layer: the domain passes it the type to bind and the checks to run");

    private static final ArchRule adaptersImportNoCli = noClasses()
            .that().resideInAnyPackage(TEXT, JSON, CSV)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the CLI is built on the adapters, not the other way round");

    private static final ArchRule jsonImportsNoCsv = noClasses()
            .that().resideInAPackage(JSON)
            .should().dependOnClassesThat().resideInAPackage(CSV)
            .because("csv may use json (a cohort file is read in either format), so json may not use csv");

    private static final ArchRule textImportsNothingOfTheLibrary = noClasses()
            .that().resideInAPackage(TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, DATA, JSON, CSV, CLI))
            .because("text holds conventions both adapters share, and nothing else");

    private static final ArchRule privacyImportsNothingOfTheLibrary = noClasses()
            .that().resideInAPackage(PRIVACY)
            .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, DATA, TEXT, JSON, CSV, CLI))
            .because("the one personal-number screen sits below everything that uses it");

    private static final ArchRule noPackageCycles = slices()
            .matching("se.hlt.assessment.(*)..")
            .should().beFreeOfCycles();

    @Test
    void layers() {
        layers.check(classes);
    }

    @Test
    void domainImportsNoAdapterNorCli() {
        domainImportsNoAdapterNorCli.check(classes);
    }

    @Test
    void dataLoadingImportsNoDomain() {
        dataLoadingImportsNoDomain.check(classes);
    }

    @Test
    void adaptersImportNoCli() {
        adaptersImportNoCli.check(classes);
    }

    @Test
    void jsonImportsNoCsv() {
        jsonImportsNoCsv.check(classes);
    }

    @Test
    void textImportsNothingOfTheLibrary() {
        textImportsNothingOfTheLibrary.check(classes);
    }

    @Test
    void privacyImportsNothingOfTheLibrary() {
        privacyImportsNothingOfTheLibrary.check(classes);
    }

    @Test
    void noPackageCycles() {
        noPackageCycles.check(classes);
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
