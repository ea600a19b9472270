package se.hlt.assessment.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.DataFiles;

/**
 * Each compiled definition is the definition Jackson binds from its file: equal, and equal in every list's and
 * map's order (the records' text shows it). A file whose text changed is bound by Jackson, never compiled stale.
 */
class CompiledDefinitionsTest {

    private static final String FOLDER = "/hlt/instruments/";

    @Test
    void everyCompiledDefinitionIsWhatJacksonBindsFromItsFile() {
        List<String> files = DataFiles.shippedIndex(FOLDER, "definitions", 0, List.of());
        assertEquals(files, CompiledDefinitions.DEFINITIONS_FILES);
        for (String file : files) {
            String resource = FOLDER + file;
            InstrumentDefinition bound = DataFiles.readShipped(DataFiles.resourceText(resource), resource,
                    InstrumentDefinition.class, DefinitionCheck::problems).orElseThrow();
            InstrumentDefinition compiled = CompiledDefinitions.definition(resource);
            assertEquals(bound, compiled, resource);
            assertEquals(bound.toString(), compiled.toString(), resource);
            assertEquals(DataFiles.checksum(DataFiles.resourceText(resource)), CompiledDefinitions.checksum(resource));
        }
        assertEquals(16, files.size(), "definitions compared");
    }

    @Test
    void theCatalogUsesTheCompiledValueOnlyForTheTextItWasMadeFrom() {
        String resource = FOLDER + CompiledDefinitions.DEFINITIONS_FILES.get(0);
        InstrumentDefinition marker = CompiledDefinitions.definition(FOLDER + CompiledDefinitions.DEFINITIONS_FILES.get(1));
        assertSame(marker, DataFiles.readShipped(resource, InstrumentDefinition.class, DefinitionCheck::problems,
                CompiledDefinitions.checksum(resource), () -> marker));
        InstrumentDefinition changed = DataFiles.readShipped(resource, InstrumentDefinition.class,
                DefinitionCheck::problems, CompiledDefinitions.checksum(resource) + 1, () -> marker);
        assertEquals(CompiledDefinitions.definition(resource), changed);
    }
}
