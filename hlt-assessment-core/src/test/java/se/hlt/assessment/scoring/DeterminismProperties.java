package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same form always gets the same result, by either entry point, and one shared {@link Scorer} gives every
 * thread the results it would give one thread alone.
 */
class DeterminismProperties {

    private static final int THREADS = 4;
    private static final int ROUNDS_PER_THREAD = 3;
    private static final int FORMS_PER_TRY = 300;

    private final Scorer scorer = Scorer.builtIn();

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void theSameFormAlwaysGetsTheSameResultByEitherEntryPoint(@ForAll("anyForm") GeneratedForm form) {
        FormResult first = scorer.score(form.toForm());
        assertEquals(first, scorer.score(form.toForm()));
        assertEquals(first, form.scoreArray());
        assertEquals(first, form.scoreArray());
    }

    @Property(tries = 10, edgeCases = EdgeCasesMode.NONE)
    void threadsSharingOneScorerGetTheSingleThreadedResults(@ForAll("manyForms") List<GeneratedForm> forms)
            throws Exception {
        List<FormResult> expected = new ArrayList<>();
        for (GeneratedForm form : forms) {
            expected.add(scorer.score(form.toForm()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                mismatches.add(pool.submit(scoreInShuffledOrder(forms, expected, start, new Random(t))));
            }
            start.countDown();
            for (Future<List<String>> m : mismatches) {
                assertEquals(List.of(), m.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A task that waits for the start signal, then scores every form in its own order and lists any mismatch. */
    private Callable<List<String>> scoreInShuffledOrder(List<GeneratedForm> forms, List<FormResult> expected,
                                                        CountDownLatch start, Random random) {
        return () -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                order.add(i);
            }
            start.await();
            List<String> mismatches = new ArrayList<>();
            for (int round = 0; round < ROUNDS_PER_THREAD; round++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    GeneratedForm form = forms.get(i);
                    // alternate the two entry points, so that both share the engine with other threads
                    FormResult actual = (i + round) % 2 == 0 ? scorer.score(form.toForm()) : form.scoreArray();
                    if (!actual.equals(expected.get(i))) {
                        mismatches.add(form + ": " + actual + " instead of " + expected.get(i));
                    }
                }
            }
            return mismatches;
        };
    }

    @Provide
    Arbitrary<GeneratedForm> anyForm() {
        return GeneratedForms.any();
    }

    @Provide
    Arbitrary<List<GeneratedForm>> manyForms() {
        return GeneratedForms.any().list().ofSize(FORMS_PER_TRY);
    }
}
