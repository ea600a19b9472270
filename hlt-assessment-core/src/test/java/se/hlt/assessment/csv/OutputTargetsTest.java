package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that are not plain files: a rename over them replaced a device node, a pipe or a link before (as root,
 * {@code --errors /dev/null} replaced the system's null device). Each is written through, or refused.
 */
class OutputTargetsTest {

    @TempDir
    Path dir;

    private static final String CSV = SdqCsv.withPrefix("p").row("c1", "1", SdqCsv.cells()).text();

    private BatchHarness.Ran run(Path output, Path errors) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, CSV, StandardCharsets.UTF_8);
        return new BatchHarness.Ran(SdqCsvBatch.builtIn().run(in, output, errors, SdqBatchOptions.defaults()),
                new byte[0], new byte[0]);
    }

    @Test
    void theNullDeviceIsWrittenToNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        // the build runs on Linux (CI too): a null device that is missing or a plain file is a broken machine
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is a device");
        Object before = Files.getAttribute(devNull, "unix:mode");
        BatchHarness.Ran ran = run(dir.resolve("out.csv"), devNull);
        assertEquals(1, ran.summary().scored());
        assertEquals(before, Files.getAttribute(devNull, "unix:mode"), "still the null device");
        assertTrue(Files.isRegularFile(dir.resolve("out.csv")));
    }

    @Test
    void aLinkIsWrittenThroughAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        run(link, dir.resolve("errors.csv")).summary();
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).startsWith("id,"), "the file it names has the output");
    }

    @Test
    void aFolderOrABrokenLinkIsRefusedNamingIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        Path broken = Files.createSymbolicLink(dir.resolve("broken.csv"), dir.resolve("nowhere/x.csv"));
        for (Path output : List.of(folder, broken)) {
            Refusal refusal = run(output, dir.resolve("errors.csv")).refusal();
            assertEquals(RefusalKind.OUTPUT_NOT_A_FILE, refusal.kind());
            assertTrue(refusal.message().contains(output.toString()), refusal.message());
        }
        assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(broken));
    }

    @Test
    void aLongNameStillGetsATemporaryFileThatFits() throws IOException {
        Path output = dir.resolve("å".repeat(100) + "-" + "x".repeat(40) + ".csv"); // 250 bytes in UTF-8
        assertEquals(1, run(output, dir.resolve("errors.csv")).summary().scored());
        assertTrue(Files.isRegularFile(output));
        assertTrue(TemporaryFiles.fit(output.getFileName().toString()).getBytes(StandardCharsets.UTF_8).length
                <= 255 - 40);
    }

    @Test
    void aTemporaryFileOfAKilledRunIsRemovedByTheNextAndNoneIsLeft() throws IOException {
        Path stale = Files.createFile(dir.resolve(".out.csv.4194399-abc.part")); // no such process can run
        Path other = Files.createFile(dir.resolve(".out.csv.notes")); // not ours
        run(dir.resolve("out.csv"), dir.resolve("errors.csv")).summary();
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(other));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
