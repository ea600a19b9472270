package se.hlt.assessment.cli.enter;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.scoring.FormContext;

/**
 * The first part of form entry: which version of the instrument (informant, version, timepoint) and what is
 * known of the child.
 *
 * @param definition the instrument version the form is
 * @param context the child's pseudonymous id, age and sex, as far as given
 */
public record FormHeader(InstrumentDefinition definition, FormContext context) {

    /** Checks both parts. */
    public FormHeader {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(context, "context");
    }

    /**
     * The version a form of {@code family} should default to among {@code candidates}: the one for the widest
     * range of ages (the SDQ 4-17 rather than 2-4), so that the usual case needs only Enter.
     */
    static String defaultVersion(List<InstrumentDefinition> candidates) {
        return candidates.stream()
                .max(Comparator.comparingInt((InstrumentDefinition d) -> d.ages().max() - d.ages().min())
                        .thenComparing(d -> -candidates.indexOf(d)))
                .map(InstrumentDefinition::version).orElseThrow();
    }

    /** A form's age, if {@code typed} is a whole number of years from 0 to 120; empty otherwise. */
    static OptionalInt age(String typed) {
        if (typed.isEmpty() || typed.length() > 3 || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int years = Integer.parseInt(typed);
        return years <= 120 ? OptionalInt.of(years) : OptionalInt.empty();
    }

    /** The file name a form is saved under by default: its pseudonymous id and instrument version. */
    public String defaultFileName() {
        Optional<String> id = context.id().map(FormHeader::safeForAFileName).filter(s -> !s.isEmpty());
        return id.map(s -> s + "-").orElse("") + definition.id() + ".json";
    }

    private static String safeForAFileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
    }
}
