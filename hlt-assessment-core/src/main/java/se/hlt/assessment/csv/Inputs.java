package se.hlt.assessment.csv;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How input files are opened. A pipe ({@code --in <(zcat forms.csv.gz)}) or a device can be read once, front to
 * back: a stream over a {@link java.nio.channels.FileChannel}, which {@link Files#newInputStream} gives, asks a
 * pipe for its position and fails ("Illegal seek"), so such an input is read by a plain {@link FileInputStream}.
 * A command that reads an input twice (the pairing peeks at the first file, the cohort reads a file by halves)
 * refuses one that is not a file.
 */
final class Inputs {

    private Inputs() {
    }

    /** A stream of {@code file}, a regular file or a pipe. */
    static InputStream open(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.newInputStream(file) : new FileInputStream(file.toFile());
    }

    /** The refusal of {@code input} if it is a folder: a pipe or a device is read once, as a batch reads. */
    static Optional<Refusal> folder(Path input) {
        return Files.isDirectory(input) ? Optional.of(Refusal.of(RefusalKind.INPUT_NOT_A_FILE, input))
                : Optional.empty();
    }

    /** The refusal of the first of {@code inputs} that exists and is not a regular file, if any. */
    static Optional<Refusal> notFiles(List<Path> inputs) {
        for (Path input : inputs) {
            if (Files.exists(input) && !Files.isRegularFile(input)) {
                return Optional.of(Refusal.of(RefusalKind.INPUT_NOT_A_FILE, input));
            }
        }
        return Optional.empty();
    }
}
