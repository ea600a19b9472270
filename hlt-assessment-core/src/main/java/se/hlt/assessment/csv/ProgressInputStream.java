package se.hlt.assessment.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An input stream that tells a {@link ProgressListener} how many bytes have been read, out of the file's size: each
 * time another {@code step} bytes have gone by, and once more at the end. It counts the reads of the buffered
 * reader above it (a few per megabyte), never a row, so a batch's row loop does no extra work for its progress bar.
 */
public final class ProgressInputStream extends FilterInputStream {

    /** How many bytes pass between two reports by default: 1 MiB, some ten thousand rows of a typical export. */
    public static final long DEFAULT_STEP = 1L << 20;

    private final ProgressListener listener;
    private final long total;
    private final long step;
    private long read;
    private long nextReport;
    private boolean ended;

    /**
     * Counts the bytes read from {@code in}.
     *
     * @param total the size of the input in bytes, or a number below 1 when it is not known
     * @param step how many bytes pass between two reports (at least 1)
     */
    public ProgressInputStream(InputStream in, ProgressListener listener, long total, long step) {
        super(Objects.requireNonNull(in, "in"));
        this.listener = Objects.requireNonNull(listener, "listener");
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1: " + step);
        }
        this.total = total;
        this.step = step;
        this.nextReport = step;
    }

    /** Counts the bytes read from {@code in} of {@code total}, reporting every {@link #DEFAULT_STEP} bytes. */
    public static InputStream of(InputStream in, ProgressListener listener, long total) {
        return listener == ProgressListener.NONE ? in : new ProgressInputStream(in, listener, total, DEFAULT_STEP);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** The bytes read so far. */
    public long bytesRead() {
        return read;
    }

    private void counted(long n) {
        if (n < 0) {
            if (!ended) {
                ended = true;
                listener.progress(read, total);
            }
            return;
        }
        read += n;
        if (read >= nextReport) {
            nextReport = read - read % step + step;
            listener.progress(read, total);
        }
    }
}
