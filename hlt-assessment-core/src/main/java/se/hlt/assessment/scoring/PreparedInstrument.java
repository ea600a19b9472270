package se.hlt.assessment.scoring;

import java.util.List;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.NormsChoice;

/**
 * One instrument definition compiled for fast scoring: every rule turned into index arrays once, so that scoring
 * a form does no parsing, no map look-ups and no reflection. Immutable and thread-safe.
 *
 * <p>Most callers use {@link Scorer#score(Form)}. High-volume callers (the CSV batch) fill an {@code int[]} of
 * answer codes in {@linkplain #questionNames() question order}, with {@link #MISSING} for an unanswered question,
 * and call {@link #score(int[], FormContext)}.
 *
 * <p>A question answered on a numeric range with decimals (the ORS mark) has the answer in whole units as its code
 * (tenths: 6.5 is 65), so scales and composites are exact sums of integers, and each {@link Score} says how many
 * decimals it has.
 */
public final class PreparedInstrument {

    /** The code for an unanswered question in an answer array. */
    public static final int MISSING = -1;

    private final InstrumentDefinition definition;
    private final QuestionCodes questions;
    private final ScoreTable scores;
    private final ComparisonTables comparisons;
    private final FormScoring forms;

    private PreparedInstrument(InstrumentDefinition d, NormsCatalog norms, NormsChoice choice) {
        this.definition = d;
        questions = QuestionCodes.of(d);
        CompiledScales scales = CompiledScales.of(d, questions);
        ImpactGate impact = ImpactGate.of(d, questions);
        scores = ScoreTable.of(d, questions, scales, impact, norms);
        comparisons = ComparisonTables.of(d, scores.maxima(), norms, choice);
        forms = new FormScoring(d, questions, scales, impact, scores, comparisons);
    }

    /**
     * Compiles {@code definition}, looking up its band tables in {@code norms}.
     *
     * @param definition a definition from an {@link se.hlt.assessment.instrument.InstrumentCatalog} (so already
     *     validated)
     * @param norms where to look for band tables
     */
    public static PreparedInstrument of(InstrumentDefinition definition, NormsCatalog norms) {
        return new PreparedInstrument(definition, norms, NormsChoice.all());
    }

    /**
     * Compiles {@code definition}, looking up its band tables in {@code norms} and comparing forms with the
     * tables of {@code norms} that {@code choice} accepts.
     */
    public static PreparedInstrument of(InstrumentDefinition definition, NormsCatalog norms, NormsChoice choice) {
        return new PreparedInstrument(definition, norms, choice);
    }

    /** The norms tables forms of this version may be compared with (each result names those that fit). */
    public List<TableRef> comparisonTables() {
        return comparisons.tables();
    }

    /** The definition this was compiled from. */
    public InstrumentDefinition definition() {
        return definition;
    }

    /** The questions' names in the order an answer array uses. */
    public List<String> questionNames() {
        return questions.names();
    }

    /** The position of a question in an answer array, by its name or the name it replaces. */
    public OptionalInt indexOf(String questionName) {
        return questions.indexOf(questionName);
    }

    /** Whether {@code code} is one of the question's codes. */
    public boolean accepts(int question, int code) {
        return questions.accepts(question, code);
    }

    /** What the question accepts, for a message, e.g. {@code 0, 1, 2 or empty} or {@code 0.0 to 10.0 or empty}. */
    public String allowedCodes(int question) {
        return questions.allowedCodes(question);
    }

    /** How many decimals the question's answers have: its codes are the answers times 10<sup>decimals</sup>. */
    public int decimalsOf(int question) {
        return questions.decimalsOf(question);
    }

    /**
     * The problem with a code the question does not accept, naming the question: out of range for a numeric
     * range (the value shown with its decimals, e.g. {@code "10.1"}), not an allowed code otherwise.
     */
    public Problem codeProblem(int question, int code) {
        return questions.codeProblem(question, code);
    }

    /** The code of an answer given as a number (6.5 is 65 on an ORS mark), or {@code Integer.MIN_VALUE}. */
    int codeOf(int question, java.math.BigDecimal answer) {
        return questions.codeOf(question, answer);
    }

    /** Why an answer given as a number is not one of the question's, naming the question. */
    Problem answerProblem(int question, java.math.BigDecimal answer) {
        return questions.answerProblem(question, answer);
    }

    /** The names of the scores, in result order. */
    public List<String> scoreNames() {
        return scores.names();
    }

    /** The banding schemes the results report, each with its table or none. */
    public List<BandScheme> bandSchemes() {
        return scores.bandSchemes();
    }

    /**
     * Scores one form.
     *
     * @param codes the answers in {@linkplain #questionNames() question order}, {@link #MISSING} where
     *     unanswered; not modified
     * @param context what is known of the child
     * @return the result; status {@link Status#INVALID} with a problem per bad code if any code is not allowed, or
     *     if the context names a rater who does not fill in this instrument
     * @throws IllegalArgumentException if {@code codes} is not one code per question (a programming mistake)
     */
    public FormResult score(int[] codes, FormContext context) {
        return forms.score(codes, context);
    }

    /** A result for a form that cannot be scored; it carries the problems and no score. */
    FormResult invalid(FormContext context, List<Problem> problems) {
        return forms.invalid(context, problems);
    }
}
