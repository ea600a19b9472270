package se.hlt.assessment.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.NormsChoice;

/**
 * Scores forms of any instrument in a catalog. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.builtIn();
 * FormResult result = scorer.score(Form.of("sdq-p-4-17-baseline", Map.of("consid", 2, "restles", 0)));
 * result.value("emotion");   // OptionalInt
 * }</pre>
 */
public final class Scorer {

    private final InstrumentCatalog instruments;
    private final NormsCatalog norms;
    private final NormsChoice choice;
    /**
     * Each instrument compiled on first use, not all at construction: {@code hlt score} of one form then compiles
     * one of the sixteen built-in instruments, a tenth of its start-up (bench/results/startup-2026-12-07-late.txt).
     * A compiled instrument is immutable, so sharing it between threads needs only the map's own safety.
     */
    private final ConcurrentMap<String, PreparedInstrument> prepared = new ConcurrentHashMap<>();

    private Scorer(InstrumentCatalog instruments, NormsCatalog norms, NormsChoice choice) {
        this.instruments = instruments;
        this.norms = norms;
        this.choice = choice;
    }

    /** A scorer for the built-in instruments, with the built-in norms tables. */
    public static Scorer builtIn() {
        return BuiltIn.SCORER;
    }

    /**
     * A scorer for the given instruments, with bands from the given norms tables, comparing each form with every
     * table that fits the child.
     */
    public static Scorer of(InstrumentCatalog instruments, NormsCatalog norms) {
        return new Scorer(instruments, norms, NormsChoice.all());
    }

    /**
     * A scorer for the given instruments, with bands from the given norms tables, comparing each form with the
     * tables that {@code choice} accepts and that fit the child.
     */
    public static Scorer of(InstrumentCatalog instruments, NormsCatalog norms, NormsChoice choice) {
        return new Scorer(instruments, norms, choice);
    }

    /** The instruments this scorer knows. */
    public InstrumentCatalog instruments() {
        return instruments;
    }

    /** The norms tables this scorer draws bands from. */
    public NormsCatalog norms() {
        return norms;
    }

    /** The compiled form of one instrument, for high-volume scoring from answer arrays. */
    public Optional<PreparedInstrument> prepared(String instrumentId) {
        return Optional.ofNullable(compiled(instrumentId));
    }

    /** The compiled instrument of that id, compiled now if this is its first use; null for an unknown id. */
    private PreparedInstrument compiled(String instrumentId) {
        PreparedInstrument p = prepared.get(instrumentId);
        if (p != null) {
            return p;
        }
        Optional<InstrumentDefinition> definition = instruments.find(instrumentId);
        return definition.isEmpty() ? null
                : prepared.computeIfAbsent(instrumentId, id -> PreparedInstrument.of(definition.get(), norms, choice));
    }

    /**
     * Scores one form.
     *
     * <p>Never throws for bad input: an unknown instrument, an unknown question or a code that is not allowed
     * gives a result with status {@link Status#INVALID}, no scores, and a problem for each fault.
     */
    public FormResult score(Form form) {
        PreparedInstrument p = compiled(form.instrument());
        if (p == null) {
            return unknownInstrument(form);
        }
        int[] codes = new int[p.questionNames().size()];
        Arrays.fill(codes, PreparedInstrument.MISSING);
        List<Problem> problems = new ArrayList<>();
        form.answers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(answer -> {
            OptionalInt index = p.indexOf(answer.getKey());
            if (index.isEmpty()) {
                problems.add(Problem.of(answer.getKey(), ProblemKind.UNKNOWN_QUESTION));
                return;
            }
            int q = index.getAsInt();
            int code = p.codeOf(q, answer.getValue());
            if (codes[q] != PreparedInstrument.MISSING) {
                problems.add(Problem.of(answer.getKey(), ProblemKind.ANSWERED_TWICE));
            } else if (code == QuestionCodes.NOT_A_CODE || !p.accepts(q, code)) {
                Problem problem = p.answerProblem(q, answer.getValue());
                // named as the form names it (an item may be given under the name it replaces)
                problems.add(new Problem(answer.getKey(), problem.kind(), problem.value(), problem.allowed()));
            } else {
                codes[q] = code;
            }
        });
        if (!form.context().agePossible()) {
            problems.add(FormScoring.impossibleAge(form.context()));
        }
        if (!problems.isEmpty()) {
            return p.invalid(form.context(), problems);
        }
        return p.score(codes, form.context());
    }

    private FormResult unknownInstrument(Form form) {
        String known = String.join(", ", instruments.all().stream().map(InstrumentDefinition::id).sorted().toList());
        Problem problem = new Problem("instrument", ProblemKind.UNKNOWN_INSTRUMENT,
                Optional.of("\"" + form.instrument() + "\""), Optional.of(known));
        return new FormResult(form.instrument(), Optional.empty(), Optional.empty(), form.context(), Status.INVALID,
                List.of(), List.of(), List.of(), List.of(), List.of(problem), List.of());
    }

    /** Builds the built-in scorer once, on first use. */
    private static final class BuiltIn {
        static final Scorer SCORER = new Scorer(InstrumentCatalog.builtIn(), NormsCatalog.builtIn(),
                NormsChoice.all());
    }
}
