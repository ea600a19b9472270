package se.hlt.assessment.series;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.norms.ReliableChangeRule;
import se.hlt.assessment.norms.RuleGap;

/**
 * The rules that apply to each instrument, rater and age, looked up once when a scorer is built: a batch of a
 * million rows then finds its cut-off by two array reads instead of walking the rules. Immutable.
 */
final class RuleLookup {

    /** Ages above this are looked up in the rules each time (a form of an adult of 121 is rare enough). */
    private static final int OLDEST_CACHED = 120;
    private static final Informant[] RATERS = Informant.values();

    private final OrsSrsRules rules;
    /** Instrument id &rarr; [rater ordinal][age + 1, 0 for an unknown age]. */
    private final Map<String, List<List<Optional<CutoffRule>>>> cutoffs = new HashMap<>();
    private final Map<String, List<List<Optional<ReliableChangeRule>>>> changes = new HashMap<>();

    RuleLookup(OrsSrsRules rules) {
        this.rules = rules;
        List<String> instruments = new java.util.ArrayList<>(rules.measures().outcome());
        instruments.addAll(rules.measures().alliance());
        for (String instrument : instruments) {
            List<List<Optional<CutoffRule>>> byRater = new java.util.ArrayList<>();
            List<List<Optional<ReliableChangeRule>>> changeByRater = new java.util.ArrayList<>();
            for (Informant rater : RATERS) {
                List<Optional<CutoffRule>> byAge = new java.util.ArrayList<>();
                List<Optional<ReliableChangeRule>> changeByAge = new java.util.ArrayList<>();
                for (int age = -1; age <= OLDEST_CACHED; age++) {
                    OptionalInt a = age < 0 ? OptionalInt.empty() : OptionalInt.of(age);
                    byAge.add(rules.cutoff(instrument, rater, a));
                    changeByAge.add(rules.reliableChange(instrument, rater, a));
                }
                byRater.add(List.copyOf(byAge));
                changeByRater.add(List.copyOf(changeByAge));
            }
            cutoffs.put(instrument, List.copyOf(byRater));
            changes.put(instrument, List.copyOf(changeByRater));
        }
    }

    /** The cut-off rule for a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    Optional<CutoffRule> cutoff(String instrument, Informant rater, OptionalInt age) {
        List<List<Optional<CutoffRule>>> byRater = cutoffs.get(instrument);
        if (byRater == null || !cached(age)) {
            return rules.cutoff(instrument, rater, age);
        }
        return byRater.get(rater.ordinal()).get(age.isPresent() ? age.getAsInt() + 1 : 0);
    }

    /** The reliable change rule for a form of {@code instrument} by {@code rater} about a child of {@code age}. */
    Optional<ReliableChangeRule> reliableChange(String instrument, Informant rater, OptionalInt age) {
        List<List<Optional<ReliableChangeRule>>> byRater = changes.get(instrument);
        if (byRater == null || !cached(age)) {
            return rules.reliableChange(instrument, rater, age);
        }
        return byRater.get(rater.ordinal()).get(age.isPresent() ? age.getAsInt() + 1 : 0);
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
