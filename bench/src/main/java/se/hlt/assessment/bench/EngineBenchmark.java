package se.hlt.assessment.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.Scorer;

/**
 * Single-thread throughput of the scoring engine on random parent 4-17 forms: one operation is one form scored, so
 * JMH's ops/s is forms per second. Run it with {@code bench/engine.sh}.
 *
 * <p>{@link #scoreAnswerArray()} measures the batch path ({@link PreparedInstrument#score(int[], FormContext)}), whose
 * target is 5,000,000 forms/s on one thread; {@link #scoreForm()} measures the public {@link Scorer#score(Form)},
 * which also looks up the instrument and checks every answer by name, for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private static final String INSTRUMENT = "sdq-p-4-17-baseline";
    /** Enough distinct forms that branch prediction cannot learn them; a power of two, for a cheap wrap-around. */
    private static final int POOL_SIZE = 4096;
    /** About one answer in ten left out, so that some scales are prorated and a few are missing. */
    private static final double MISSING_RATE = 0.1;
    /** Fixed, so that every run scores the same forms. */
    private static final long SEED = 20_240_917L;

    private Scorer scorer;
    private PreparedInstrument instrument;
    private int[][] answerArrays;
    private Form[] forms;
    private int next;

    /** Builds the engine and the pool of forms once per run, outside the measured time. */
    @Setup
    public void generateForms() {
        scorer = Scorer.builtIn();
        instrument = scorer.prepared(INSTRUMENT).orElseThrow();
        InstrumentDefinition definition = instrument.definition();
        Random random = new Random(SEED);
        answerArrays = new int[POOL_SIZE][];
        forms = new Form[POOL_SIZE];
        for (int f = 0; f < POOL_SIZE; f++) {
            answerArrays[f] = randomAnswers(definition, random);
            forms[f] = Form.of(INSTRUMENT, byName(answerArrays[f]));
        }
    }

    private static int[] randomAnswers(InstrumentDefinition definition, Random random) {
        List<Question> questions = definition.questions();
        int[] codes = new int[questions.size()];
        for (int q = 0; q < codes.length; q++) {
            List<ResponseOption> options = definition.responsesOf(questions.get(q)).options();
            codes[q] = random.nextDouble() < MISSING_RATE
                    ? PreparedInstrument.MISSING
                    : options.get(random.nextInt(options.size())).code();
        }
        return codes;
    }

    private Map<String, Integer> byName(int[] codes) {
        Map<String, Integer> answers = new HashMap<>();
        List<String> names = instrument.questionNames();
        for (int q = 0; q < codes.length; q++) {
            if (codes[q] != PreparedInstrument.MISSING) {
                answers.put(names.get(q), codes[q]);
            }
        }
        return answers;
    }

    /** The batch path: one pre-filled answer array scored. JMH consumes the result, so nothing is optimised away. */
    @Benchmark
    public FormResult scoreAnswerArray() {
        return instrument.score(answerArrays[next++ & (POOL_SIZE - 1)], FormContext.none());
    }

    /** The public path: one form of named answers scored. */
    @Benchmark
    public FormResult scoreForm() {
        return scorer.score(forms[next++ & (POOL_SIZE - 1)]);
    }
}
