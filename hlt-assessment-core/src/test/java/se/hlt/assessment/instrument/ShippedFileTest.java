package se.hlt.assessment.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.DataFiles;

/** The lazily bound files of the built-in catalog: found by their names, bound once, refused when misnamed. */
class ShippedFileTest {

    @Test
    void aShippedFileIsNamedButNotReadUntilAskedFor() {
        Map<String, ShippedFile<InstrumentDefinition>> files = ShippedFile.byName("/hlt-test/misnamed/",
                DataFiles.shippedIndex("/hlt-test/misnamed/", "definitions", 0, List.of()),
                r -> DataFiles.readShipped(r, InstrumentDefinition.class, d -> List.of(), 0, () -> null),
                InstrumentDefinition::id);
        assertEquals(List.of("not-ors"), List.copyOf(files.keySet()));
        // only reading it finds that the definition inside is called "ors"
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> files.get("not-ors").value());
        assertTrue(e.getMessage().contains("its id is ors, not its file's name"), e.getMessage());
    }

    @Test
    void everyThreadGetsTheOneValueBound() throws Exception {
        Map<String, ShippedFile<InstrumentDefinition>> files = ShippedFile.byName("/hlt/instruments/",
                CompiledDefinitions.DEFINITIONS_FILES,
                r -> DataFiles.readShipped(r, InstrumentDefinition.class, DefinitionCheck::problems, 0, () -> null),
                InstrumentDefinition::id);
        ShippedFile<InstrumentDefinition> file = files.get("sdq-p-4-17-baseline");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InstrumentDefinition>> values = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                values.add(pool.submit(file::value));
            }
            for (Future<InstrumentDefinition> v : values) {
                assertSame(values.get(0).get(), v.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("sdq-p-4-17-baseline", file.value().id());
    }
}
