package se.hlt.assessment.io.sessions;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary name beside its target and moved into place only when the run
 * completes, so that a refused or failed run leaves an existing file of that name as it was.
 */
final class PendingFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private PendingFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** A pending file for {@code target}, created empty in the same folder (so the move is a rename). */
    static PendingFile beside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        return new PendingFile(target, Files.createTempFile(dir, "." + target.getFileName(), ".part"));
    }

    /** Opens the temporary file for writing. */
    OutputStream open() throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    /** Moves the temporary file into place, replacing the target. */
    void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
