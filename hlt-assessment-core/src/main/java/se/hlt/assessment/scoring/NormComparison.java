package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A form compared with one norms table that fits the child (instrument version, informant, age, sex).
 *
 * @param table the table used, with its citation and confidence
 * @param scheme the table's banding scheme, e.g. {@code se-p90}, when it has cut-offs
 * @param scores the scores the table covers that the form has a value for
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record NormComparison(TableRef table, Optional<String> scheme, List<NormScore> scores) {

    /** Checks the table and copies the scores. */
    public NormComparison {
        Objects.requireNonNull(table, "table");
        scheme = scheme == null ? Optional.empty() : scheme;
        scores = FrozenList.copyOf(scores);
    }

    /** The comparison of one score, if the table covers it. */
    public Optional<NormScore> score(String name) {
        return scores.stream().filter(s -> s.score().equals(name)).findFirst();
    }
}
