package se.hlt.assessment.norms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A banding scheme's cut-offs for each score it covers.
 *
 * @param scheme the scheme's name, e.g. {@code band3} (normal/borderline/abnormal) or {@code band4}
 * @param scores score name &rarr; its bands, in order from the most typical to the least typical
 */
public record Bands(String scheme, Map<String, List<BandRange>> scores) {

    /** Checks the scheme and copies the table, keeping its order. */
    public Bands {
        Objects.requireNonNull(scheme, "scheme");
        Map<String, List<BandRange>> copy = new LinkedHashMap<>();
        scores.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    /** The band that {@code value} of {@code score} falls in, if the table covers that score. */
    public Optional<BandRange> bandOf(String score, int value) {
        List<BandRange> ranges = scores.get(score);
        if (ranges == null) {
            return Optional.empty();
        }
        return ranges.stream().filter(r -> r.contains(value)).findFirst();
    }
}
