package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of pending outputs ({@link PendingFile}): {@code .NAME.PID-RANDOM.part} beside the target,
 * with the name shortened so that the whole fits the 255-byte limit of common file systems (a target with a long
 * name could not be written before). Those of this run are removed when the run is interrupted (Ctrl-C, SIGTERM:
 * the JVM's shutdown hook); those of a run that was killed outright are removed by the next run that writes the
 * same target, known by a process id that no longer runs.
 */
final class TemporaryFiles {

    /** The longest file name, in bytes, of ext4, XFS, Btrfs and APFS (NTFS: characters). */
    private static final int NAME_LIMIT = 255;
    /** What the name adds to the target's: two dots, a process id, a dash, a random number, {@code .part}. */
    private static final int ADDED = 2 + 19 + 1 + 13 + 5;
    private static final String SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removeLive, "hlt-remove-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** Creates a new empty temporary file beside {@code target}, removing any a killed run left for it. */
    static Path createBeside(Path target) throws IOException {
        String stem = "." + fit(target.getFileName().toString()) + ".";
        Path folder = target.toAbsolutePath().getParent();
        removeStale(folder, stem);
        while (true) {
            String random = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
            try {
                Path file = Files.createFile(folder.resolve(stem + PID + "-" + random + SUFFIX));
                LIVE.add(file);
                return file;
            } catch (FileAlreadyExistsException e) {
                // another run drew the same name: draw again
            }
        }
    }

    /** Removes {@code file} when the run is interrupted. */
    static void track(Path file) {
        LIVE.add(file);
    }

    /** No longer removes {@code file}: it was moved into place or deleted. */
    static void forget(Path file) {
        LIVE.remove(file);
    }

    /** {@code name} cut, at a whole character, so that the temporary name fits the limit. */
    static String fit(String name) {
        int budget = NAME_LIMIT - ADDED;
        if (name.getBytes(StandardCharsets.UTF_8).length <= budget) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString();
    }

    private static void removeStale(Path folder, String stem) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(stem) && n.endsWith(SUFFIX) && n.indexOf('-', stem.length()) > stem.length();
        })) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                long pid = Long.parseLong(name.substring(stem.length(), name.indexOf('-', stem.length())));
                if (pid != PID && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a folder that cannot be listed, or a name of another shape: nothing of ours to remove
        }
    }

    private static void removeLive() {
        for (Path file : LIVE) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the run is ending; nothing more can be done
            }
        }
    }
}
