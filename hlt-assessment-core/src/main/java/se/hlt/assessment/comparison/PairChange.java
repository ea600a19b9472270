package se.hlt.assessment.comparison;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.pairing.FollowUpWindow;

/**
 * One child's change between a paired baseline and follow-up form by the same informant: the one answer that
 * {@code hlt compare} writes as a row of the pairs file, {@code hlt report} renders as a page, and
 * {@code hlt cohort} tallies. Made by {@link ChangeRules}; immutable.
 *
 * @param id the child's pseudonymous id
 * @param age the child's age at baseline, if given: it chooses the norms tables
 * @param sex the child's sex, if given: it chooses the norms tables
 * @param baselineDate the baseline form's date, if given
 * @param followUpDate the follow-up form's date, if given
 * @param window the follow-up window the interval is held against
 * @param tables the norms tables the reliable change indexes use, or why a score has none
 * @param scores every score of the version, in definition order
 * @param addedValue the Added Value Score, where its model applies to the forms and it could be computed
 * @param noAddedValue why the pair has no Added Value Score although the model applies (a score is missing);
 *     empty when it has one, or when the model does not apply to these forms at all
 * @param followUpAnswers the answers to the questions only the follow-up form asks (e.g. {@code fureduc}), by
 *     name, in the form's order; an unanswered question is absent
 */
public record PairChange(String id, OptionalInt age, Optional<Sex> sex, Optional<LocalDate> baselineDate,
                         Optional<LocalDate> followUpDate, FollowUpWindow window, ReliableChangeChoice tables,
                         List<ScoreChange> scores, Optional<AddedValueScore> addedValue, List<String> noAddedValue,
                         Map<String, Integer> followUpAnswers) {

    /** Checks every part and copies the lists and the map (keeping its order). */
    public PairChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(baselineDate, "baselineDate");
        Objects.requireNonNull(followUpDate, "followUpDate");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(addedValue, "addedValue");
        scores = List.copyOf(scores);
        noAddedValue = List.copyOf(noAddedValue);
        followUpAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(followUpAnswers));
    }

    /** The change of score {@code name}, if the version has that score. */
    public Optional<ScoreChange> score(String name) {
        for (ScoreChange s : scores) {
            if (s.score().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether any score has a reliable change index (else no norms table fits the child, or none exists). */
    public boolean hasReliableChange() {
        return !tables.bases().isEmpty();
    }

    /** Days from the baseline to the follow-up, when both dates are given. */
    public OptionalLong intervalDays() {
        return baselineDate.isPresent() && followUpDate.isPresent()
                ? OptionalLong.of(ChronoUnit.DAYS.between(baselineDate.get(), followUpDate.get()))
                : OptionalLong.empty();
    }

    /**
     * Whole calendar months from the baseline to the follow-up, when both dates are given, counted as the follow-up
     * window counts them ({@link FollowUpWindow#fit}): the most months that, added to the baseline, do not pass
     * the follow-up, so that 31 January to 30 April is 3 months, as a person counts (and as the window has it).
     */
    public OptionalLong intervalMonths() {
        if (baselineDate.isEmpty() || followUpDate.isEmpty()) {
            return OptionalLong.empty();
        }
        LocalDate start = baselineDate.get();
        LocalDate end = followUpDate.get();
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, end));
        // MONTHS.between compares days of the month (30 April is short of 31 January + 3): count as plusMonths does
        while (!start.plusMonths(months + 1).isAfter(end)) {
            months++;
        }
        return OptionalLong.of(months);
    }

    /** How the interval lies against the follow-up window, when both dates are given. */
    public Optional<FollowUpWindow.Fit> intervalFit() {
        return baselineDate.isPresent() && followUpDate.isPresent()
                ? Optional.of(window.fit((int) baselineDate.get().toEpochDay(), (int) followUpDate.get().toEpochDay()))
                : Optional.empty();
    }
}
