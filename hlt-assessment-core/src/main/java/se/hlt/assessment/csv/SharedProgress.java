package se.hlt.assessment.csv;

/**
 * Rows read so far by the threads that read a pairing's inputs, told to one {@link ProgressListener} (which is
 * not itself thread-safe). The total is not known in advance.
 */
final class SharedProgress {

    private final ProgressListener listener;
    private long done;

    SharedProgress(ProgressListener listener) {
        this.listener = listener;
    }

    /** {@code rows} more rows are read. */
    synchronized void add(long rows) {
        done += rows;
        listener.progress(done, 0);
    }

    /** Reading has ended. */
    synchronized void finished() {
        listener.finished();
    }
}
