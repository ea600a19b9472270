package se.hlt.assessment.series;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.norms.ReliableChangeRule;
import se.hlt.assessment.norms.RuleGap;

/**
 * The rules that apply to each instrument, rater and age, looked up once per instrument: a batch of a million rows
 * then finds its cut-off by two list reads instead of walking the rules. An instrument's table is made the first
 * time one of its forms is assessed, not when the scorer is built: {@code hlt score} of an SDQ form builds the
 * built-in ORS/SRS scorer but assesses no ORS/SRS form, and making every measure's tables at once (ten measures,
 * four raters, 122 ages) was a twentieth of its start-up. Thread-safe and, seen from outside, immutable.
 */
final class RuleLookup {

    /** Ages above this are looked up in the rules each time (a form of an adult of 121 is rare enough). */
    private static final int OLDEST_CACHED = 120;
    private static final Informant[] RATERS = Informant.values();

    private final OrsSrsRules rules;
    private final Set<String> measured;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    /** One instrument's rules: [rater ordinal][age + 1, 0 for an unknown age]. */
    private record Table(List<List<Optional<CutoffRule>>> cutoffs,
                         List<List<Optional<ReliableChangeRule>>> changes) {
    }

    RuleLookup(OrsSrsRules rules) {
        this.rules = rules;
        Set<String> instruments = new HashSet<>(rules.measures().outcome());
        instruments.addAll(rules.measures().alliance());
        this.measured = Set.copyOf(instruments);
    }

    /** The cut-off rule for a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    Optional<CutoffRule> cutoff(String instrument, Informant rater, OptionalInt age) {
        if (!measured.contains(instrument) || !cached(age)) {
            return rules.cutoff(instrument, rater, age);
        }
        return table(instrument).cutoffs().get(rater.ordinal()).get(age.isPresent() ? age.getAsInt() + 1 : 0);
    }

    /** The reliable change rule for a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    Optional<ReliableChangeRule> reliableChange(String instrument, Informant rater, OptionalInt age) {
        if (!measured.contains(instrument) || !cached(age)) {
            return rules.reliableChange(instrument, rater, age);
        }
        return table(instrument).changes().get(rater.ordinal()).get(age.isPresent() ? age.getAsInt() + 1 : 0);
    }

    private Table table(String instrument) {
        Table known = tables.get(instrument);
        return known != null ? known : tables.computeIfAbsent(instrument, this::tableOf);
    }

    private Table tableOf(String instrument) {
        List<List<Optional<CutoffRule>>> byRater = new ArrayList<>();
        List<List<Optional<ReliableChangeRule>>> changeByRater = new ArrayList<>();
        for (Informant rater : RATERS) {
            List<Optional<CutoffRule>> byAge = new ArrayList<>();
            List<Optional<ReliableChangeRule>> changeByAge = new ArrayList<>();
            for (int age = -1; age <= OLDEST_CACHED; age++) {
                OptionalInt a = age < 0 ? OptionalInt.empty() : OptionalInt.of(age);
                byAge.add(rules.cutoff(instrument, rater, a));
                changeByAge.add(rules.reliableChange(instrument, rater, a));
            }
            byRater.add(List.copyOf(byAge));
            changeByRater.add(List.copyOf(changeByAge));
        }
        return new Table(List.copyOf(byRater), List.copyOf(changeByRater));
    }

    /** Why no cut-off rule applies, when none does: asked of the rules, as it is only asked on a miss. */
    Optional<RuleGap> cutoffGap(String instrument, Informant rater, OptionalInt age) {
        return rules.cutoffGap(instrument, rater, age);
    }

    /** Why no reliable change rule applies, when none does. */
    Optional<RuleGap> reliableChangeGap(String instrument, Informant rater, OptionalInt age) {
        return rules.reliableChangeGap(instrument, rater, age);
    }

    private static boolean cached(OptionalInt age) {
        return age.isEmpty() || (age.getAsInt() >= 0 && age.getAsInt() <= OLDEST_CACHED);
    }
}
