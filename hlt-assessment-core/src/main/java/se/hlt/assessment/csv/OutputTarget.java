package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Where an output named on the command line really goes, and how. A new or regular file is replaced by a rename
 * (all or nothing); a symbolic link to one is written through, so the file it names is replaced and the link kept;
 * a character device or a named pipe ({@code /dev/null}, a FIFO a script reads) is written straight to, as the
 * user plainly means, and never renamed over (run as root, a rename over {@code /dev/null} replaced the system's
 * null device). Anything else (a folder, a block device, a socket, a link to nothing) cannot be an output.
 *
 * @param path the file to write: the target, or the file its link names
 * @param direct whether it is written straight to rather than replaced
 */
record OutputTarget(Path path, boolean direct) {

    private static final int FILE_TYPE = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int NAMED_PIPE = 0010000;

    /** What {@code target} is as an output, or empty if it cannot be one. */
    static Optional<OutputTarget> of(Path target) {
        Path path = target.toAbsolutePath();
        try {
            if (Files.isSymbolicLink(path)) {
                path = path.toRealPath(); // throws for a link to nothing
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new OutputTarget(path, false));
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile()) {
                return Optional.of(new OutputTarget(path, false));
            }
            return attributes.isOther() && isStream(path) ? Optional.of(new OutputTarget(path, true))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} is a character device or a named pipe (the file type bits of its POSIX mode). */
    private static boolean isStream(Path path) throws IOException {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & FILE_TYPE;
            return type == CHARACTER_DEVICE || type == NAMED_PIPE;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no POSIX file types here: refuse what cannot be told apart
        }
    }
}
