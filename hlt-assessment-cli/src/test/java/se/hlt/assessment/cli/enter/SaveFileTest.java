package se.hlt.assessment.cli.enter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.FormContext;

class SaveFileTest {

    @Test
    void theDefaultNameComesFromTheIdAndTheVersion() {
        var parent = InstrumentCatalog.builtIn().find("sdq-p-4-17-baseline").orElseThrow();
        assertEquals("k-17-sdq-p-4-17-baseline.json",
                new FormHeader(parent, FormContext.none().withId("k-17")).defaultFileName());
        assertEquals("sdq-p-4-17-baseline.json", new FormHeader(parent, FormContext.none()).defaultFileName());
        assertEquals("k_17_a-sdq-p-4-17-baseline.json",
                new FormHeader(parent, FormContext.none().withId("../k 17/a")).defaultFileName()
                        .replaceFirst("^_+", ""));
    }

    @Test
    void aFileThatExistsIsNeverChosen(@TempDir Path dir) throws IOException {
        Path name = dir.resolve("k-17-sdq-p-4-17-baseline.json");
        assertEquals(name, SaveFile.freeName(name));
        Files.writeString(name, "{}");
        assertEquals(dir.resolve("k-17-sdq-p-4-17-baseline-2.json"), SaveFile.freeName(name));
        Files.writeString(dir.resolve("k-17-sdq-p-4-17-baseline-2.json"), "{}");
        assertEquals(dir.resolve("k-17-sdq-p-4-17-baseline-3.json"), SaveFile.freeName(name));
    }
}
