package se.hlt.assessment.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.DataFiles;

/**
 * Each compiled norms table, and the compiled ORS/SRS rules, are what Jackson binds from their files: equal, and
 * equal in every list's and map's order (the records' text shows it).
 */
class CompiledNormsTest {

    @Test
    void everyCompiledTableIsWhatJacksonBindsFromItsFile() {
        List<String> files = DataFiles.shippedIndex("/hlt/norms/", "tables", 0, List.of());
        assertEquals(files, CompiledNorms.TABLES_FILES);
        for (String file : files) {
            String resource = "/hlt/norms/" + file;
            NormTable bound = DataFiles.readShipped(DataFiles.resourceText(resource), resource, NormTable.class,
                    NormTableCheck::problems).orElseThrow();
            NormTable compiled = CompiledNorms.table(resource);
            assertEquals(bound, compiled, resource);
            assertEquals(bound.toString(), compiled.toString(), resource);
        }
        assertEquals(19, files.size(), "tables compared");
    }

    @Test
    void theCompiledRulesAreWhatJacksonBindsFromTheirFile() {
        List<String> files = DataFiles.shippedIndex("/hlt/ors-srs/", "rules", 0, List.of());
        assertEquals(List.of("pcoms-defaults.json"), files);
        assertEquals(files, CompiledNorms.RULES_FILES);
        String resource = "/hlt/ors-srs/" + files.get(0);
        OrsSrsRules bound = DataFiles.readShipped(DataFiles.resourceText(resource), resource, OrsSrsRules.class,
                OrsSrsRulesCheck::problems).orElseThrow();
        assertEquals(bound, CompiledNorms.rules(resource));
        assertEquals(bound.toString(), CompiledNorms.rules(resource).toString());
        assertEquals(bound, OrsSrsRules.builtIn());
    }
}
