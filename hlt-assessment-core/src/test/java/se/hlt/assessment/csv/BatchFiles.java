package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/**
 * Runs a sessions batch on a CSV text in a folder of its own and reads back what it wrote, for tests.
 *
 * @param outcome how the batch ended
 * @param output the output file's text (empty when nothing was written)
 * @param errors the errors file's text
 * @param series the series file's text
 * @param results every series the batch assessed, in file order
 */
record BatchFiles(Outcome<SessionsSummary> outcome, String output, String errors, String series, List<SeriesResult> results) {

    /** Runs the built-in batch on {@code csv} (written as UTF-8) in {@code dir}. */
    static BatchFiles run(Path dir, String csv) {
        return run(dir, csv.getBytes(StandardCharsets.UTF_8), SeriesScorer.builtIn());
    }

    /** Runs the built-in batch on {@code csv} in a temporary folder, deleted afterwards (for properties). */
    static BatchFiles runAndForget(String csv) {
        try {
            Path dir = Files.createTempDirectory("hlt-sessions");
            try {
                return run(dir, csv);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a batch on the bytes of a file in {@code dir}. */
    static BatchFiles run(Path dir, byte[] csv, SeriesScorer scorer) {
        return run(dir, csv, SessionsCsvBatch.of(scorer));
    }

    /** Runs {@code batch} on the bytes of a file in {@code dir}. */
    static BatchFiles run(Path dir, byte[] csv, SessionsCsvBatch batch) {
        try {
            Path in = dir.resolve("sessions.csv");
            Files.write(in, csv);
            Path out = dir.resolve("scored.csv");
            Path err = dir.resolve("scored.errors.csv");
            Path ser = dir.resolve("series.csv");
            List<SeriesResult> results = new ArrayList<>();
            Outcome<SessionsSummary> outcome = batch.run(in, out, err, Optional.of(ser), results::add);
            return new BatchFiles(outcome, read(out), read(err), read(ser), List.copyOf(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** The summary, for a batch that must have completed. */
    SessionsSummary summary() {
        return outcome.summary().orElseThrow(() -> new AssertionError("refused: " + outcome.refusal()));
    }

    /** The output's lines without the header. */
    List<String> outputRows() {
        return output.lines().skip(1).toList();
    }

    /** The errors file's lines without the header. */
    List<String> errorRows() {
        return errors.lines().skip(1).toList();
    }

    /** The series file's lines without the header. */
    List<String> seriesRows() {
        return series.lines().skip(1).toList();
    }
}
