package se.hlt.assessment.csv;

/**
 * Told how far a long batch has come, so that a command line can show a progress bar. A batch calls it as often
 * as it likes (once a row is fine): a listener must be cheap when nothing is to be shown, and decides itself how
 * often it shows anything.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that shows nothing. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * How far the batch has come.
     *
     * @param done how many units (rows, forms) are done
     * @param total how many there are in all, or a number below 1 when that is not known
     */
    void progress(long done, long total);

    /** The batch has ended (normally or not): a listener that draws on a terminal finishes its line. */
    default void finished() {
    }
}
