package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar, driven by a clock the test sets: no real time passes. */
class ProgressBarTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final StringWriter shown = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(shown), "forms", now::get);

    @Test
    void aShortBatchShowsNothing() {
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(5_000_000L); // 100 forms in half a second
            bar.progress(i, 100);
        }
        bar.finished();
        assertEquals("", shown.toString());
    }

    @Test
    void aLongBatchIsRedrawnAtMostFourTimesASecond() {
        now.addAndGet(ProgressBar.QUIET_FOR_NANOS);
        for (int i = 1; i <= 1000; i++) {
            now.addAndGet(1_000_000L); // one form a millisecond: one second in all
            bar.progress(i, 1000);
        }
        long redraws = shown.toString().chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 4 && redraws <= 5, "redraws: " + redraws);
        assertTrue(shown.toString().endsWith("1000 forms") || shown.toString().contains("/1000 forms"),
                shown.toString());
        bar.finished();
        assertTrue(shown.toString().endsWith("\r"), "the bar is wiped at the end");
    }

    @Test
    void theBarShowsTheShareDone() {
        assertEquals("[###############...............]  50%  500/1000 forms", bar.line(500, 1000));
        assertEquals("[##############################] 100%  7/7 forms", bar.line(7, 7));
        assertEquals("42 forms", bar.line(42, 0), "an unknown total is a plain count");
    }

    @Test
    void noTerminalNoBar() {
        // the tests run without a console, as a script or CI does
        assertEquals(se.hlt.assessment.csv.ProgressListener.NONE, ProgressBar.onTerminal(new PrintWriter(shown),
                "forms"));
    }
}
