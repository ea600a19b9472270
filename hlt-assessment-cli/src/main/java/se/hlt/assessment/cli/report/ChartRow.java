package se.hlt.assessment.cli.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.hlt.assessment.norms.BandRange;

/**
 * One scale of the profile chart: its name, its range, its bands and where the child is on it.
 *
 * @param label the scale's name in the report's language
 * @param strength whether higher is better (the prosocial scale), so the chart says so
 * @param max the highest possible score (the lowest is 0)
 * @param bands the scale's bands, most typical first, or empty where no published table applies
 * @param before the score at the first form of a pair; empty for a single form or when it is missing
 * @param value the score (at the follow-up, for a pair); empty when it is missing
 * @param note what to print beside the scale, such as the value and its band
 */
record ChartRow(String label, boolean strength, int max, List<BandRange> bands, OptionalInt before, OptionalInt value,
                String note) {

    /** Checks the parts and copies the bands. */
    ChartRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(note, "note");
        bands = List.copyOf(bands);
        if (max < 1) {
            throw new IllegalArgumentException("a scale runs from 0 to at least 1: " + max);
        }
    }
}
