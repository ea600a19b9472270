package se.hlt.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.OrsSrsRules;

/**
 * The compiled values of the shipped data files are made from the files as they are now: the committed classes
 * are what {@link CompiledDataSource} writes from them, each file read as a user's file is (schema, binding,
 * consistency). With {@code -Dhlt.regenerate=true} the classes are written instead of compared. That the compiled
 * values equal what Jackson binds, field for field and in order, the tests beside each class check
 * ({@code CompiledDefinitionsTest}, {@code CompiledNormsTest}).
 */
class CompiledDataTest {

    /** Generated sources have a folder of their own (added to the build by build-helper-maven-plugin). */
    private static final Path SOURCES = Path.of("src/generated/java/se/hlt/assessment");

    @Test
    void theCompiledDefinitionsAreMadeFromTheShippedFilesAsTheyAreNow() throws IOException {
        String source = CompiledDataSource.source("se.hlt.assessment.instrument", "CompiledDefinitions",
                "The built-in instrument definitions, compiled: {@link InstrumentCatalog#builtIn()} makes a definition\n"
                        + " * from here when its file is the text it was made from, without Jackson.",
                List.of(CompiledDataSource.read("/hlt/instruments/", "definitions", "DEFINITIONS", "definition",
                        InstrumentDefinition.class, InstrumentCatalog::read)));
        check(SOURCES.resolve("instrument/CompiledDefinitions.java"), source);
    }

    @Test
    void theCompiledNormsAreMadeFromTheShippedFilesAsTheyAreNow() throws IOException {
        String source = CompiledDataSource.source("se.hlt.assessment.norms", "CompiledNorms",
                "The built-in norms tables and ORS/SRS rules, compiled: {@link NormsCatalog#builtIn()} and\n"
                        + " * {@link OrsSrsRules#builtIn()} make a value from here when its file is the text it was made from,\n"
                        + " * without Jackson.",
                List.of(CompiledDataSource.read("/hlt/norms/", "tables", "TABLES", "table", NormTable.class,
                                NormsCatalog::read),
                        CompiledDataSource.read("/hlt/ors-srs/", "rules", "RULES", "rules", OrsSrsRules.class,
                                OrsSrsRules::read)));
        check(SOURCES.resolve("norms/CompiledNorms.java"), source);
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("hlt.regenerate")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
        assertEquals(expected, committed, file + " is not what the shipped files make now. Regenerate it: mvn -pl "
                + "hlt-assessment-core -am test -Dtest=CompiledDataTest -Dhlt.regenerate=true "
                + "-Dsurefire.failIfNoSpecifiedTests=false");
    }
}
