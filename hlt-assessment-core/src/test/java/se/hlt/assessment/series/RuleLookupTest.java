package se.hlt.assessment.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.OrsSrsRules;

/** The lookup, made per measure on first use, gives for every measure, rater and age what the rules say. */
class RuleLookupTest {

    private final OrsSrsRules rules = OrsSrsRules.builtIn();

    @Test
    void everyMeasureRaterAndAgeIsLookedUpAsTheRulesSay() {
        RuleLookup lookup = new RuleLookup(rules);
        List<String> instruments = new ArrayList<>(rules.measures().outcome());
        instruments.addAll(rules.measures().alliance());
        instruments.add("sdq-p-4-17-baseline"); // not a measure of the rules: asked of them each time
        int found = 0;
        for (String instrument : instruments) {
            for (Informant rater : Informant.values()) {
                for (int age = -2; age <= 130; age++) {
                    OptionalInt a = age == -2 ? OptionalInt.empty() : OptionalInt.of(age);
                    String what = instrument + " " + rater + " " + a;
                    assertEquals(rules.cutoff(instrument, rater, a), lookup.cutoff(instrument, rater, a), what);
                    assertEquals(rules.reliableChange(instrument, rater, a),
                            lookup.reliableChange(instrument, rater, a), what);
                    found += lookup.cutoff(instrument, rater, a).isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(found > 100, "cut-offs found: " + found + "; the test must see some");
    }

    @Test
    void threadsAskingAtOnceSeeOneAnswer() throws InterruptedException {
        RuleLookup lookup = new RuleLookup(rules);
        String instrument = rules.measures().outcome().get(0);
        Optional<CutoffRule> expected = rules.cutoff(instrument, Informant.SELF, OptionalInt.of(14));
        List<Optional<CutoffRule>> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> seen.add(lookup.cutoff(instrument, Informant.SELF, OptionalInt.of(14))));
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(expected, expected, expected, expected), seen);
        assertTrue(expected.isPresent(), "the rules have a cut-off for " + instrument + " at 14");
    }
}
