package se.hlt.assessment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and reads the shared specification (../shared/spec beside the repository). */
public final class SpecFiles {

    private SpecFiles() {
    }

    /** The spec directory; fails loudly when it is not there, so that no vector is silently skipped. */
    public static Path dir() {
        String configured = System.getProperty("hlt.spec.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/spec");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared specification is not at " + dir.toAbsolutePath()
                    + "; clone the repository with ../shared beside it");
        }
        return dir;
    }

    /** Reads one of the vector files, e.g. {@code sdq.json}. */
    public static JsonNode vectors(String name) throws IOException {
        return new ObjectMapper().readTree(dir().resolve("vectors").resolve(name).toFile());
    }
}
