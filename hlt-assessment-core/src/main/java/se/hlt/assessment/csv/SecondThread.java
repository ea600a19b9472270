package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of reading or writing done on a second thread while the caller does its own half: the two files of
 * {@code hlt compare}, the two halves of a large pairs file, written or read. The machines this runs on have two
 * cores or more, and these jobs are I/O and parsing of equal halves, so one extra thread is all that pays.
 *
 * @param <T> what the work gives
 */
final class SecondThread<T> {

    private final FutureTask<T> task;

    private SecondThread(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * Starts {@code work} on a daemon thread named {@code name} (a daemon, so a refused run can exit); or, where
     * the JVM sees one processor, does it now on the caller's thread, where a second would only take turns with
     * it ({@code -XX:ActiveProcessorCount=1} so measures what the second thread brings).
     */
    static <T> SecondThread<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (Runtime.getRuntime().availableProcessors() < 2) {
            task.run();
            return new SecondThread<>(task);
        }
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new SecondThread<>(task);
    }

    /**
     * Waits for the work and gives its result; what it threw is thrown here as it was (an I/O error as one, an
     * {@link UncheckedIOException} unwrapped).
     */
    T join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the second thread");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
