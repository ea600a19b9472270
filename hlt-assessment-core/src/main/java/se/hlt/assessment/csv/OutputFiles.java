package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output rules of the CSV runs, for a command that writes a whole file at once (a report): an output that is
 * one of the inputs, a folder, a block device or a broken link is refused; a file is written under a temporary
 * name beside it and moved into place (a stale temporary file of a killed run is removed), a link to a file is
 * written through, a device or a pipe is written straight to ({@link PendingFile}).
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Why a run reading {@code inputs} may not write {@code outputs}; else empty. */
    public static Optional<Refusal> refusal(List<Path> inputs, List<Path> outputs) {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(outputs);
        return PendingFile.sameFile(all).or(() -> PendingFile.unusable(outputs));
    }

    /** Writes {@code bytes} to {@code target} as a CSV run writes its outputs: complete, or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (PendingFile file = PendingFile.beside(target)) {
            try (OutputStream out = file.open()) {
                out.write(bytes);
            }
            file.commit();
        }
    }
}
