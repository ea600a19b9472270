package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that needs more memory than the JVM was given ends in a refusal that says what to do (exit 3), never in a
 * Java stack trace, and leaves no output behind. The sessions batch remembers a fingerprint of every client (to
 * notice a client whose rows are not together), so 300,000 one-row clients cannot fit in an 8 MB heap.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForTheHeapIsRefusedWithWhatToDo() throws IOException, InterruptedException {
        Path in = dir.resolve("sessions.csv");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("client,session,date,instrument,age,total\n");
            for (int c = 0; c < 300_000; c++) {
                w.write("k-" + c + ",1,2026-01-12,ORS,30,20\n");
            }
        }
        Path out = dir.resolve("scored.csv");
        Process java = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx8m", "-cp",
                System.getProperty("java.class.path"), Hlt.class.getName(), "batch", "ors", "--lang", "sv", "--in",
                in.toString(), "--out", out.toString()).redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INPUT_REFUSED, java.waitFor(), said);
        assertTrue(said.contains("Körningen behövde mer minne än Java fick"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertFalse(Files.exists(out), "no output file");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the input is left: no temporary file");
        }
    }
}
