package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hlt.assessment.csv.ProgressListener;

/**
 * The progress of {@code hlt batch sdq} and {@code hlt batch ors}: a bar of kilobytes read on a terminal, and nothing
 * at all when standard error is not one (a script, a log file, this test).
 */
class BatchProgressTest {

    @TempDir
    Path dir;

    /** A batch big enough to pass several progress reports (each megabyte read): near 3 MB. */
    private Path bigSdqInput() throws IOException {
        StringBuilder csv = new StringBuilder("id,pconsid,prestles,psomatic\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("k-").append(i).append(",2,1,0\n");
        }
        return Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void theSdqBatchPrintsOnlyItsSummaryWhenNotAtATerminal() throws IOException {
        Path in = bigSdqInput();
        assertTrue(Files.size(in) > 2_097_152, "passes two megabyte reports");
        Run run = Run.of("batch", "sdq", "--lang", "en", "--in", in.toString(), "--out",
                dir.resolve("out.csv").toString());
        assertFalse(run.err().contains("\r"), "no bar drawn: " + run.err());
        assertFalse(run.err().contains("kB"), run.err());
        assertTrue(run.err().startsWith("rows 200000, scored"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theOrsBatchPrintsOnlyItsSummaryWhenNotAtATerminal() throws IOException {
        StringBuilder csv = new StringBuilder("client,session,instrument,total\n");
        for (int c = 0; c < 20_000; c++) {
            for (int s = 1; s <= 3; s++) {
                csv.append("k-").append(c).append(',').append(s).append(",ORS,").append(15 + s).append(".5\n");
            }
        }
        Path in = Files.writeString(dir.resolve("sessions.csv"), csv, StandardCharsets.UTF_8);
        assertTrue(Files.size(in) > 1_048_576, "passes a megabyte report");
        Run run = Run.of("batch", "ors", "--lang", "en", "--in", in.toString(), "--out",
                dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertFalse(run.err().contains("\r"), "no bar drawn: " + run.err());
        assertTrue(run.err().startsWith("rows 60000, scored 60000"), run.err());
    }

    @Test
    void notAtATerminalTheListenerIsTheSilentOne() {
        // the test runs without a console, as a script does
        assertSame(ProgressListener.NONE, ProgressBar.bytesOnTerminal(new PrintWriter(new StringWriter()), "kB"));
        assertSame(ProgressListener.NONE, ProgressBar.inKilobytes(ProgressListener.NONE));
    }

    @Test
    void onATerminalTheBarCountsKilobytes() {
        AtomicLong now = new AtomicLong(0);
        StringWriter shown = new StringWriter();
        ProgressListener bar = ProgressBar.inKilobytes(new ProgressBar(new PrintWriter(shown), "kB read", now::get));
        now.addAndGet(ProgressBar.QUIET_FOR_NANOS);
        bar.progress(2_097_152, 4_194_304);
        assertTrue(shown.toString().contains(" 50%  2097/4194 kB read"), shown.toString());
        bar.finished();
        assertTrue(shown.toString().endsWith("\r"), "wiped at the end");
    }
}
