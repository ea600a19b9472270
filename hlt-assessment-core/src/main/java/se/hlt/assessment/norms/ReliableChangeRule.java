package se.hlt.assessment.norms;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Source;

/**
 * The reliable change value of an ORS-family total for some instruments, raters and ages: a change since intake
 * at least this large is more than measurement error.
 *
 * @param instruments instrument ids, e.g. {@code ors}
 * @param raters the raters whose forms it applies to
 * @param ages the child's ages; empty for any age
 * @param points the reliable change value in points of the total (5 for the adult ORS)
 * @param source where it comes from, and how sure we are
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ReliableChangeRule(List<String> instruments, List<Informant> raters, Optional<AgeRange> ages,
                                 BigDecimal points, Source source) {

    /** Checks the required parts and copies the lists. */
    public ReliableChangeRule {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(source, "source");
        instruments = List.copyOf(instruments);
        raters = List.copyOf(raters);
        ages = ages == null ? Optional.empty() : ages;
    }

    /** Whom the rule applies to. */
    @JsonIgnore
    public RuleScope scope() {
        return new RuleScope(instruments, raters, ages);
    }
}
