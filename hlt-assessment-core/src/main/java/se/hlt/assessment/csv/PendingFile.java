package se.hlt.assessment.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name beside its target and moved into place only on {@link #commit()}, so
 * that a refused or failed run leaves no partial output behind, and an older file of the same name untouched.
 */
final class PendingFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private PendingFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * Why a run over {@code files} (its inputs, then its outputs) is refused when two of them are the same file:
     * the first such pair, in the order given; else empty. A run never writes over its own input.
     */
    static Optional<Refusal> sameFile(List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (same(files.get(i), files.get(j))) {
                    return Optional.of(Refusal.of(RefusalKind.SAME_FILE, files.get(i), files.get(j)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (IOException e) {
            return false; // cannot tell; opening the files will report a real problem
        }
    }

    /**
     * Creates the temporary file in the target's directory (so that the final move is a rename). It is created
     * as an ordinary file, with the permissions the user's umask gives any new file, not the owner-only ones of
     * {@link Files#createTempFile}, so that the result can be shared like any file the user writes.
     */
    public static PendingFile beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        while (true) {
            long random = ThreadLocalRandom.current().nextLong() >>> 1;
            Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + random + ".part");
            try {
                return new PendingFile(absolute, Files.createFile(temporary));
            } catch (FileAlreadyExistsException e) {
                // another run picked the same name: draw again
            }
        }
    }

    /** The file this one becomes on {@link #commit()}. */
    Path target() {
        return target;
    }

    /** A stream that writes the temporary file (unbuffered: the CSV writer buffers). */
    public OutputStream open() throws IOException {
        return Files.newOutputStream(temporary);
    }

    /** A stream that writes on at the end of the temporary file. */
    OutputStream openForAppend() throws IOException {
        return Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Appends what was written to {@code part}'s temporary file to this one's, copied by the operating system. */
    void append(PendingFile part) throws IOException {
        try (java.nio.channels.FileChannel from = java.nio.channels.FileChannel.open(part.temporary);
             java.nio.channels.FileChannel to = java.nio.channels.FileChannel.open(temporary,
                     java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            long size = from.size();
            for (long done = 0; done < size; ) {
                done += from.transferTo(done, size - done, to);
            }
        }
    }

    /** Copies what was written to the temporary file to {@code out} (for a file assembled from parts). */
    void copyTo(OutputStream out) throws IOException {
        Files.copy(temporary, out);
    }

    /** Moves the temporary file to the target, replacing any older file there. */
    public void commit() throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
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
