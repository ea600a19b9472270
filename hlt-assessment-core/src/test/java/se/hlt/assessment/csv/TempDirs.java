package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/** A fresh temporary directory for one property try (jqwik has no {@code @TempDir}), deleted afterwards. */
final class TempDirs {

    private TempDirs() {
    }

    static <T> T inFreshDir(Function<Path, T> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("hlt-batch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
