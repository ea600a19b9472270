package se.hlt.assessment.csv;

/**
 * The progress of a file read by two threads, each from its part, told to one listener (which need not be
 * thread-safe) as the bytes read of both, out of the file's size.
 */
final class TwoPartProgress {

    private final ProgressListener listener;
    private long first;
    private long second;

    TwoPartProgress(ProgressListener listener) {
        this.listener = listener;
    }

    /** The listener of the first part's reading. */
    ProgressListener first() {
        return listener == ProgressListener.NONE ? ProgressListener.NONE : (done, total) -> report(done, -1, total);
    }

    /** The listener of the second part's reading. */
    ProgressListener second() {
        return listener == ProgressListener.NONE ? ProgressListener.NONE : (done, total) -> report(-1, done, total);
    }

    private synchronized void report(long firstDone, long secondDone, long total) {
        first = firstDone < 0 ? first : firstDone;
        second = secondDone < 0 ? second : secondDone;
        listener.progress(first + second, total);
    }
}
