package se.hlt.assessment.norms;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Informant;

/**
 * Whom an ORS/SRS rule applies to: some instruments, some raters, and some ages of the child (or any age).
 *
 * @param instruments instrument ids, e.g. {@code ors}
 * @param raters the raters whose forms it applies to
 * @param ages the child's ages; empty for any age, including when the age is not known
 */
public record RuleScope(List<String> instruments, List<Informant> raters, Optional<AgeRange> ages) {

    /** Copies the lists and normalises an absent age range. */
    public RuleScope {
        instruments = List.copyOf(instruments);
        raters = List.copyOf(raters);
        ages = ages == null ? Optional.empty() : ages;
    }

    /** Whether the rule applies to a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    public boolean appliesTo(String instrument, Informant rater, OptionalInt age) {
        if (!instruments.contains(instrument) || !raters.contains(rater)) {
            return false;
        }
        return ages.isEmpty() || (age.isPresent() && ages.get().contains(age.getAsInt()));
    }

    /** Whether some form would fall under both this scope and {@code other}. */
    public boolean overlaps(RuleScope other) {
        boolean instrument = instruments.stream().anyMatch(other.instruments::contains);
        boolean rater = raters.stream().anyMatch(other.raters::contains);
        boolean age = ages.isEmpty() || other.ages.isEmpty() || ages.get().overlaps(other.ages.get());
        return instrument && rater && age;
    }
}
