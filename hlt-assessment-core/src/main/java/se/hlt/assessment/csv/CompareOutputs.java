package se.hlt.assessment.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a pairing run writes: the pairs, the rows not paired (unmatched or in conflict) with their reasons, and
 * the rows that could not be scored. All three are written, even when empty (a header only).
 *
 * @param pairs one line per pair
 * @param unpaired one line per row that is unmatched or in conflict
 * @param errors one line per row that could not be scored, as {@code hlt batch sdq} writes them, with the file
 */
public record CompareOutputs(Path pairs, Path unpaired, Path errors) {

    /** Checks every part. */
    public CompareOutputs {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(unpaired, "unpaired");
        Objects.requireNonNull(errors, "errors");
    }
}
