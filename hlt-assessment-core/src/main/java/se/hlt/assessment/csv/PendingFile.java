package se.hlt.assessment.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A file written under a temporary name beside its target and moved into place only on {@link #commit()}, so
 * that a refused or failed run leaves no partial output behind, and an older file of the same name untouched.
 *
 * <p>What the target may be is {@link OutputTarget}'s to say: a new or regular file gets the temporary file; a
 * link to a regular file is written through (the file it names is replaced, the link stays); a character device or
 * a pipe, such as {@code --errors /dev/null}, is written straight to, never renamed over; anything else is refused
 * ({@link #unusable}). The temporary file's name fits the file system's limit, it is removed if the run is
 * interrupted ({@link TemporaryFiles}), and one left by a run that was killed is removed by the next.
 */
final class PendingFile implements Closeable {

    private final Path target;
    /** The temporary file; the target itself when it is written straight to. */
    private final Path temporary;
    private final boolean direct;
    private boolean committed;

    private PendingFile(Path target, Path temporary, boolean direct) {
        this.target = target;
        this.temporary = temporary;
        this.direct = direct;
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

    /** Why one of {@code outputs} cannot be written (a folder, a block device, a socket, a broken link); else empty. */
    static Optional<Refusal> unusable(List<Path> outputs) {
        for (Path output : outputs) {
            if (OutputTarget.of(output).isEmpty()) {
                return Optional.of(Refusal.of(RefusalKind.OUTPUT_NOT_A_FILE, output));
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
     * The pending file for {@code target}: a temporary file in the target's directory (so that the final move is a
     * rename), created as an ordinary file with the permissions the user's umask gives any new file, not the
     * owner-only ones of {@link Files#createTempFile}, so that the result can be shared like any file the user
     * writes; or the target itself, for a device or a pipe.
     *
     * @throws IOException if the target cannot be written ({@link #unusable} says why, as a refusal)
     */
    public static PendingFile beside(Path target) throws IOException {
        OutputTarget where = OutputTarget.of(target).orElseThrow(() ->
                new IOException(target + " is not a file that can be written: a folder, a device or a broken link"));
        if (where.direct()) {
            return new PendingFile(where.path(), where.path(), true);
        }
        return new PendingFile(where.path(), TemporaryFiles.createBeside(where.path()), false);
    }

    /**
     * A temporary file that only holds a part of {@code file} until it is copied in: beside it, or in the system's
     * temporary folder when {@code file} is written straight to a device or a pipe.
     */
    static PendingFile partOf(PendingFile file) throws IOException {
        Path scratch = file.direct ? Files.createTempFile("hlt-part", ".part")
                : TemporaryFiles.createBeside(file.target);
        TemporaryFiles.track(scratch);
        return new PendingFile(file.target, scratch, false);
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
        return Files.newOutputStream(temporary, StandardOpenOption.APPEND);
    }

    /** Appends what was written to {@code part}'s temporary file to this one's, copied by the operating system. */
    void append(PendingFile part) throws IOException {
        try (FileChannel from = FileChannel.open(part.temporary);
             FileChannel to = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
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
        if (!direct) {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            TemporaryFiles.forget(temporary);
        }
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed && !direct) {
            Files.deleteIfExists(temporary);
            TemporaryFiles.forget(temporary);
        }
    }
}
