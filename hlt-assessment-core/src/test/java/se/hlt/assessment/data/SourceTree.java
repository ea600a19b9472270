package se.hlt.assessment.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data files as they are in the source tree, where a file can be added without being listed: the built-in
 * instrument definitions (this module) and the norms tables (the sibling {@code norms} module).
 */
final class SourceTree {

    private SourceTree() {
    }

    /** {@code hlt-assessment-core/src/main/resources/hlt}. */
    static Path coreResources() {
        return existing(moduleDir().resolve("src/main/resources/hlt"));
    }

    /** {@code norms/src/main/resources/hlt}. */
    static Path normsResources() {
        return existing(moduleDir().resolve("../norms/src/main/resources/hlt").normalize());
    }

    /** The folder of the built-in instrument definitions, holding their {@code index.json}. */
    static Path instrumentsDir() {
        return existing(coreResources().resolve("instruments"));
    }

    /** The folder of the built-in norms tables, holding their {@code index.json}. */
    static Path normsDir() {
        return existing(normsResources().resolve("norms"));
    }

    /** Every {@code .json} file below {@code dir} except the index, as paths relative to it with {@code /}. */
    static List<String> dataFilesBelow(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".json") && !name.equals("index.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths an {@code index.json} lists under {@code key}. */
    static List<String> indexed(Path dir, String key) {
        JsonNode list = json(dir.resolve("index.json")).get(key);
        if (list == null || !list.isArray()) {
            throw new IllegalStateException(dir.resolve("index.json") + " has no list \"" + key + "\"");
        }
        return Stream.iterate(0, i -> i < list.size(), i -> i + 1).map(i -> list.get(i).asText()).toList();
    }

    /** Reads a JSON file. */
    static JsonNode json(Path file) {
        try {
            return DataFiles.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a text file. */
    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moduleDir() {
        // surefire runs the tests in the module's folder and also passes it as "basedir"
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("not a folder: " + dir + "; run the tests from the module's folder");
        }
        return dir;
    }
}
