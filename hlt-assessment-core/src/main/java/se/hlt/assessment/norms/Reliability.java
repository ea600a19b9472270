package se.hlt.assessment.norms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Reliability coefficients per score, as a reliable change index needs them.
 *
 * @param kind what was measured: {@code cronbach_alpha} or {@code test_retest}
 * @param values score name &rarr; coefficient, between 0 and 1
 */
public record Reliability(String kind, Map<String, Double> values) {

    /** Checks the kind and copies the values, keeping their order. */
    public Reliability {
        Objects.requireNonNull(kind, "kind");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The coefficient for {@code score}, if the table gives one. */
    public OptionalDouble of(String score) {
        Double r = values.get(score);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
    }
}
