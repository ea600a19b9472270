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
 * The cut-off of an ORS/SRS-family total for some instruments, raters and ages, with its source.
 *
 * @param instruments instrument ids, e.g. {@code ors}
 * @param raters the raters whose forms it applies to
 * @param ages the child's ages; empty for any age
 * @param cutoff the cut-off in points of the total (e.g. 25); empty when the form has none (the YCORS)
 * @param flaggedWhen which side of the cut-off is flagged (clinical range, or a possible alliance problem)
 * @param source where it comes from, and how sure we are
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record CutoffRule(List<String> instruments, List<Informant> raters, Optional<AgeRange> ages,
                         Optional<BigDecimal> cutoff, CutoffComparison flaggedWhen, Source source) {

    /** Checks the required parts and copies the lists. */
    public CutoffRule {
        Objects.requireNonNull(flaggedWhen, "flaggedWhen");
        Objects.requireNonNull(source, "source");
        instruments = List.copyOf(instruments);
        raters = List.copyOf(raters);
        ages = ages == null ? Optional.empty() : ages;
        cutoff = cutoff == null ? Optional.empty() : cutoff;
    }

    /** Whom the rule applies to. */
    @JsonIgnore
    public RuleScope scope() {
        return new RuleScope(instruments, raters, ages);
    }
}
