package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import se.hlt.assessment.csv.ProgressListener;

/**
 * A progress bar on standard error for batches that run longer than a second: drawn in place with a carriage
 * return, at most four times a second, and only on a terminal. When the output is not a terminal (a script, a
 * log file), it shows nothing at all.
 *
 * <p>Cheap to call on every row: between redraws a call is one clock reading and a comparison.
 */
final class ProgressBar implements ProgressListener {

    /** Nothing is shown until the batch has run this long: short runs stay quiet. */
    static final long QUIET_FOR_NANOS = 1_000_000_000L;
    /** The shortest time between two redraws. */
    static final long REDRAW_EVERY_NANOS = 250_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String unit;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, String unit, LongSupplier nanoTime) {
        this.err = err;
        this.unit = unit;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started - REDRAW_EVERY_NANOS;
    }

    /**
     * A progress bar counting {@code unit} (e.g. "forms") on {@code err} when the program runs at a terminal,
     * else a listener that shows nothing.
     */
    static ProgressListener onTerminal(PrintWriter err, String unit) {
        return System.console() != null ? new ProgressBar(err, unit, System::nanoTime) : ProgressListener.NONE;
    }

    /**
     * A progress bar for a batch that reports the bytes it has read (see {@code ProgressInputStream}), counting
     * kilobytes of the input on {@code err} when the program runs at a terminal, else a listener that shows nothing.
     */
    static ProgressListener bytesOnTerminal(PrintWriter err, String kilobytes) {
        return inKilobytes(onTerminal(err, kilobytes));
    }

    /** {@code bar} fed kilobytes instead of bytes (so the line reads 4 520/9 800 kB); NONE stays NONE. */
    static ProgressListener inKilobytes(ProgressListener bar) {
        if (bar == ProgressListener.NONE) {
            return ProgressListener.NONE;
        }
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                bar.progress(done / 1000, total < 1 ? total : Math.max(1, total / 1000));
            }

            @Override
            public void finished() {
                bar.finished();
            }
        };
    }

    @Override
    public void progress(long done, long total) {
        long now = nanoTime.getAsLong();
        if (now - started < QUIET_FOR_NANOS || now - lastDrawn < REDRAW_EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print('\r' + line(done, total));
        err.flush();
    }

    /** The bar for {@code done} of {@code total}: {@code [#######.......]  45%  450/1000 forms}. */
    String line(long done, long total) {
        if (total < 1) {
            return String.format(Locale.ROOT, "%d %s", done, unit);
        }
        long clamped = Math.min(done, total);
        int filled = (int) (WIDTH * clamped / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  %d/%d %s", 100 * clamped / total, done, total, unit);
    }

    @Override
    public void finished() {
        if (drawn) {
            // wipe the bar, so that what follows starts on a clean line
            err.print('\r' + " ".repeat(WIDTH + 40) + '\r');
            err.flush();
            drawn = false;
        }
    }
}
