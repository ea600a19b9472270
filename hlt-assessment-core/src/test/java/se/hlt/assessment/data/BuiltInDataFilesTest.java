package se.hlt.assessment.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * Every shipped data file conforms to its published schema, every one is listed in its folder's index (a file
 * that is not is never loaded), and the catalogs load exactly the listed files.
 */
class BuiltInDataFilesTest {

    private static final SchemaCheck INSTRUMENT_SCHEMA =
            SchemaCheck.of(SourceTree.coreResources().resolve("schema/instrument.schema.json"));
    private static final SchemaCheck NORMS_SCHEMA =
            SchemaCheck.of(SourceTree.normsResources().resolve("schema/norms.schema.json"));

    @TestFactory
    Stream<DynamicTest> everyDefinitionFileConformsToTheInstrumentSchema() {
        return conformanceTests(SourceTree.instrumentsDir(), INSTRUMENT_SCHEMA);
    }

    @TestFactory
    Stream<DynamicTest> everyNormsFileConformsToTheNormsSchema() {
        return conformanceTests(SourceTree.normsDir(), NORMS_SCHEMA);
    }

    @TestFactory
    Stream<DynamicTest> everyAgeBandsFileConformsToItsSchema() {
        return conformanceTests(SourceTree.normsResources().resolve("age-bands"),
                SchemaCheck.of(SourceTree.normsResources().resolve("schema/age-bands.schema.json")));
    }

    private static Stream<DynamicTest> conformanceTests(Path dir, SchemaCheck schema) {
        List<String> files = SourceTree.dataFilesBelow(dir);
        assertFalse(files.isEmpty(), "no data files in " + dir);
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () ->
                assertEquals(List.of(), schema.violations(SourceTree.json(dir.resolve(file))), file)));
    }

    @Test
    void theInstrumentIndexListsExactlyTheDefinitionFiles() {
        Path dir = SourceTree.instrumentsDir();
        assertEquals(List.of(), IndexAgreement.differences(SourceTree.indexed(dir, "definitions"),
                SourceTree.dataFilesBelow(dir)));
    }

    @Test
    void theNormsIndexListsExactlyTheNormsFiles() {
        Path dir = SourceTree.normsDir();
        assertEquals(List.of(), IndexAgreement.differences(SourceTree.indexed(dir, "tables"),
                SourceTree.dataFilesBelow(dir)));
    }

    @Test
    void theInstrumentCatalogLoadsEveryListedDefinitionUnderItsFileName() {
        List<String> expectedIds = SourceTree.indexed(SourceTree.instrumentsDir(), "definitions").stream()
                .map(BuiltInDataFilesTest::fileId).toList();
        List<String> loadedIds = InstrumentCatalog.builtIn().all().stream().map(InstrumentDefinition::id).toList();
        assertEquals(expectedIds, loadedIds);
    }

    @Test
    void theBuiltInDefinitionsPassTheChecksOfACatalogOfTheirOwn() {
        // the built-in catalog binds each file when first asked for, without of()'s checks across definitions
        InstrumentCatalog checked = InstrumentCatalog.of(InstrumentCatalog.builtIn().all());
        assertEquals(InstrumentCatalog.builtIn().all(), checked.all());
    }

    @Test
    void findingOneBuiltInDefinitionGivesTheSameDefinitionAsListingThemAll() {
        for (InstrumentDefinition d : InstrumentCatalog.builtIn().all()) {
            assertEquals(d, InstrumentCatalog.builtIn().find(d.id()).orElseThrow());
        }
    }

    @Test
    void theNormsCatalogLoadsEveryListedTableUnderItsFileName() {
        List<String> expectedIds = SourceTree.indexed(SourceTree.normsDir(), "tables").stream()
                .map(BuiltInDataFilesTest::fileId).toList();
        List<String> loadedIds = NormsCatalog.builtIn().all().stream().map(NormTable::id).toList();
        assertEquals(expectedIds, loadedIds);
    }

    @Test
    void theBuiltInCatalogsHoldTheTenSdqVersionsAndSevenBandTables() {
        // sdq.md section 6: parent and teacher 2-4 and 4-17, self 11-17, each baseline and follow-up
        assertEquals(10, InstrumentCatalog.builtIn().all().stream().filter(d -> d.family().equals("sdq")).count());
        // sdq.md section 7: band3 for parent 4-17, teacher 4-17, self 11-17, parent 2-4; band4 for the first three
        assertEquals(7, NormsCatalog.builtIn().all().stream()
                .filter(t -> t.bands().map(b -> b.scheme().startsWith("band")).orElse(false)).count());
    }

    @Test
    void theNationalTablesOfNormsMdAreShipped() {
        // norms.md section 1: UK parent by sex, UK teacher, Swedish preschool P90, Dutch teacher, Goodman alphas
        for (String id : List.of("uk-parent-5-15-boys", "uk-parent-5-15-girls", "uk-teacher-5-15",
                "se-preschool-teacher-p90", "nl-teacher-4-10", "goodman2001-parent-alpha",
                "goodman2001-teacher-alpha", "goodman2001-self-alpha")) {
            assertTrue(NormsCatalog.builtIn().find(id).isPresent(), id);
        }
    }

    /** {@code sdq/sdq-p-4-17-baseline.json} -> {@code sdq-p-4-17-baseline}: a file is named by its id. */
    private static String fileId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".json".length());
    }
}
