package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several hundred hostile and careless inputs (issue 12) through every command, in process: broken CSV files of
 * every kind, every JSON the tool reads spoiled, personal numbers typed at every question, odd options, devices,
 * pipes, links and folders as inputs and outputs. Each run is checked by {@link HostileChecks}: a documented exit
 * code and never an internal error, no personal number echoed, no formula unguarded, no temporary file left, every
 * line accounted for. The random mixes are reproducible: {@code -Dhlt.hostile.seed=N} and
 * {@code -Dhlt.hostile.mixes=N} (default 12 per command) run another or a longer suite, as
 * {@code bench/hostile.sh} does.
 */
class HostileInputsTest {

    private static final long SEED = Long.getLong("hlt.hostile.seed", 12L);
    private static final int MIXES = Integer.getInteger("hlt.hostile.mixes", 12);

    @TempDir
    Path root;

    @Test
    void everyHostileInputEndsAsDocumentedAndLeaksNothing() throws Exception {
        List<HostileCase> cases = cases(new Random(SEED));
        List<HostileChecks.Failure> failures = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor(daemon());
        try {
            for (HostileCase c : cases) {
                c.before().forEach(Runnable::run);
                Future<Run> future = runner.submit(() -> run(c));
                Run run;
                try {
                    run = future.get(30, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    runner.shutdownNow();
                    runner = Executors.newSingleThreadExecutor(daemon());
                    failures.add(new HostileChecks.Failure(c.kind(), "hangs", c.kind() + " / " + c.name()));
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(new HostileChecks.Failure(c.kind(), "internal error (exit 4)",
                            c.kind() + " / " + c.name() + ": threw " + e.getCause()));
                    continue;
                }
                failures.addAll(HostileChecks.check(c, run));
            }
        } finally {
            runner.shutdownNow();
        }
        String report = report(cases, failures);
        System.out.println(report);
        assertTrue(failures.isEmpty(), report);
    }

    private List<HostileCase> cases(Random random) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsvCases csv = new HostileCsvCases(root.resolve("csv"), random);
        cases.addAll(csv.batchSdq(MIXES));
        cases.addAll(csv.batchOrs(MIXES));
        cases.addAll(csv.compare(MIXES));
        cases.addAll(csv.cohort(MIXES));
        cases.addAll(csv.reportCohort(MIXES / 2));
        cases.addAll(new HostileJsonCases(root.resolve("json"), random).all(csv.cohortLines()));
        HostileTypedCases typed = new HostileTypedCases(root.resolve("typed"), random);
        cases.addAll(typed.enter());
        cases.addAll(typed.options());
        cases.addAll(new HostilePathCases(root.resolve("paths"), random).all());
        return cases;
    }

    private static Run run(HostileCase c) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = c.args().toArray(String[]::new);
        int exit = c.stdin().isPresent()
                ? Hlt.execute(args, new ByteArrayInputStream(c.stdin().get()), false, new PrintWriter(out, true),
                        new PrintWriter(err, true))
                : Hlt.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "hostile-run");
            thread.setDaemon(true);
            return thread;
        };
    }

    static String report(List<HostileCase> cases, List<HostileChecks.Failure> failures) {
        Map<String, Long> kinds = cases.stream().collect(Collectors.groupingBy(HostileCase::kind, TreeMap::new,
                Collectors.counting()));
        Map<String, List<HostileChecks.Failure>> classes = failures.stream().collect(Collectors.groupingBy(
                HostileChecks.Failure::klass, TreeMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder("Hostile inputs: " + cases.size() + " (seed " + SEED + ", mixes "
                + MIXES + ")\n");
        kinds.forEach((kind, count) -> text.append("  ").append(kind).append(": ").append(count).append('\n'));
        long failed = failures.stream().map(HostileChecks.Failure::detail).map(d -> d.split(": ", 2)[0])
                .distinct().count();
        text.append("Inputs that went wrong: ").append(failed).append('\n');
        classes.forEach((klass, list) -> {
            text.append("  ").append(klass).append(": ").append(list.size()).append('\n');
            list.stream().limit(Integer.getInteger("hlt.hostile.shown", 12)).forEach(f -> text.append("    ").append(f.detail()).append('\n'));
        });
        return text.toString();
    }
}
