package se.hlt.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.instrument.ResponseScale;
import se.hlt.assessment.instrument.Timepoint;
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

    private final int[][] scaleItems;
    private final int[][] scaleReverseBase;
    private final int[] scaleMinAnswered;
    private final int[][] compositeParts;
    /** For each composite, the question a form may give it in directly (a total-only record), or -1. */
    private final int[] compositeGiven;

    private final ImpactGate impact;

    private final int[] reportedQuestions;
    private final ReportedAnswer[][] reportedAnswers;

    private final ScoreTable scores;
    private final List<BandScheme> bandSchemes;
    private final Optional<Informant> informant;
    /** Indexed by {@link Informant#ordinal()}: the rater as a result holds it, or null when not accepted. */
    private final List<Optional<Informant>> acceptedRaters;
    private final Optional<Timepoint> timepoint;

    private final ComparisonTables comparisons;

    private PreparedInstrument(InstrumentDefinition d, NormsCatalog norms, NormsChoice choice) {
        this.definition = d;
        this.informant = Optional.of(d.informant());
        List<Optional<Informant>> raters = new ArrayList<>();
        for (Informant rater : Informant.values()) {
            raters.add(d.accepts(rater) ? Optional.of(rater) : null);
        }
        this.acceptedRaters = java.util.Collections.unmodifiableList(raters);
        this.timepoint = Optional.of(d.timepoint());
        questions = QuestionCodes.of(d);

        CompiledScales scales = CompiledScales.of(d, questions);
        // copied into this object's own fields, so that the per-form loops read them with no extra hop
        scaleItems = scales.items;
        scaleReverseBase = scales.reverseBase;
        scaleMinAnswered = scales.minAnswered;
        compositeParts = scales.compositeParts;
        compositeGiven = scales.compositeGiven;
        impact = ImpactGate.of(d, questions);

        reportedQuestions = d.reported().stream().mapToInt(questions::indexOrNull).toArray();
        reportedAnswers = new ReportedAnswer[reportedQuestions.length][];
        for (int r = 0; r < reportedQuestions.length; r++) {
            reportedAnswers[r] = reportedAnswersOf(d, d.questions().get(reportedQuestions[r]));
        }

        scores = ScoreTable.of(d, questions, scales, impact, norms);
        this.comparisons = ComparisonTables.of(d, scores.maxima(), norms, choice);
        bandSchemes = scores.bandSchemes();
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

    private static ReportedAnswer[] reportedAnswersOf(InstrumentDefinition d, Question q) {
        ResponseScale rs = d.responsesOf(q);
        ReportedAnswer[] answers = new ReportedAnswer[rs.maxCode() + 2];
        answers[0] = new ReportedAnswer(q.name(), OptionalInt.empty(), Optional.empty());
        for (ResponseOption o : rs.options()) {
            answers[o.code() + 1] = new ReportedAnswer(q.name(), OptionalInt.of(o.code()), Optional.of(o.label()));
        }
        return answers;
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

    /** The names of the scores, in result order. */
    public List<String> scoreNames() {
        return scores.names();
    }

    /** The banding schemes the results report, each with its table or none. */
    public List<BandScheme> bandSchemes() {
        return bandSchemes;
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
        if (codes.length != questions.count()) {
            throw new IllegalArgumentException("expected " + questions.count() + " codes, got " + codes.length);
        }
        List<Problem> problems = questions.problems(codes);
        if (!problems.isEmpty()) {
            return invalid(context, problems);
        }
        Optional<Informant> rater = informant;
        if (context.rater().isPresent()) {
            rater = acceptedRaters.get(context.rater().get().ordinal());
            if (rater == null) {
                return invalid(context, List.of(Problem.of("rater", ProblemKind.RATER_NOT_ACCEPTED,
                        context.rater().get().code(), definition.raters().stream().map(Informant::code)
                                .collect(Collectors.joining(", ")))));
            }
        }
        Score[] scores = new Score[this.scores.count()];
        int[] scaleValues = new int[scaleItems.length];
        boolean anyMissing = false;
        boolean anyProrated = false;
        for (int s = 0; s < scaleItems.length; s++) {
            int[] items = scaleItems[s];
            int[] reverse = scaleReverseBase[s];
            int sum = 0;
            int answered = 0;
            for (int i = 0; i < items.length; i++) {
                int code = codes[items[i]];
                if (code != MISSING) {
                    answered++;
                    sum += reverse[i] == CompiledScales.FORWARD ? code : reverse[i] - code;
                }
            }
            int value;
            boolean prorated = false;
            if (answered == items.length) {
                value = sum;
            } else if (answered >= scaleMinAnswered[s]) {
                // mean of the answered items times the item count, rounded half up, in exact integer arithmetic
                value = (2 * sum * items.length + answered) / (2 * answered);
                prorated = true;
            } else {
                value = MISSING;
            }
            anyMissing |= value == MISSING;
            anyProrated |= prorated;
            scaleValues[s] = value;
            scores[s] = score(s, value, answered, prorated);
        }
        int k = scaleItems.length;
        boolean totalOnly = false;
        for (int c = 0; c < compositeParts.length; c++, k++) {
            int[] parts = compositeParts[c];
            int sum = 0;
            int present = 0;
            for (int p : parts) {
                if (scaleValues[p] != MISSING) {
                    present++;
                    sum += scaleValues[p];
                }
            }
            int value = present == parts.length ? sum : MISSING;
            int given = compositeGiven[c];
            if (given >= 0 && codes[given] != MISSING) {
                if (noPartAnswered(parts, scores)) {
                    value = codes[given];
                    totalOnly = true;
                } else {
                    Optional<Problem> mismatch = givenMismatch(given, codes[given], value);
                    if (mismatch.isPresent()) {
                        return invalid(context, List.of(mismatch.get()));
                    }
                }
            }
            scores[k] = score(k, value, present, false);
        }
        List<Warning> warnings = new ArrayList<>(0);
        if (impact.gate >= 0) {
            scores[k] = impactScore(k, codes, warnings);
        }
        context.age().ifPresent(age -> {
            if (!definition.ages().contains(age)) {
                warnings.add(new Warning(WarningKind.AGE_OUTSIDE_VERSION, "age",
                        "age " + age + "; version " + definition.version() + " is for ages " + definition.ages()));
            }
        });
        Status status = totalOnly ? Status.TOTAL_ONLY
                : anyMissing ? Status.INCOMPLETE : anyProrated ? Status.PRORATED : Status.COMPLETE;
        return new FormResult(definition.id(), rater, timepoint, context, status, List.of(scores),
                bandSchemes, comparisons.compare(scores, context), reported(codes), List.of(),
                warnings.isEmpty() ? List.of() : warnings);
    }

    private static boolean noPartAnswered(int[] parts, Score[] scores) {
        for (int p : parts) {
            if (scores[p].answered() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Why a total given beside its parts cannot stand: some parts missing, or not their sum. */
    private Optional<Problem> givenMismatch(int question, int given, int sum) {
        String shown = questions.shown(question, given);
        if (sum == MISSING) {
            return Optional.of(Problem.of(questions.name(question), ProblemKind.TOTAL_WITH_INCOMPLETE_SCALES,
                    shown, "every scale and the total, or the total only"));
        }
        if (sum != given) {
            return Optional.of(Problem.of(questions.name(question), ProblemKind.TOTAL_DOES_NOT_MATCH, shown,
                    "the sum of the scales, " + questions.shown(question, sum) + ", or empty"));
        }
        return Optional.empty();
    }

    /** A result for a form that cannot be scored; it carries the problems and no score. */
    FormResult invalid(FormContext context, List<Problem> problems) {
        return new FormResult(definition.id(), informant, timepoint, context,
                Status.INVALID, List.of(), bandSchemes, List.of(), List.of(), problems, List.of());
    }

    private Score impactScore(int k, int[] codes, List<Warning> warnings) {
        int sum = 0;
        int answered = 0;
        int[] impactItems = impact.items;
        int[][] impactPoints = impact.points;
        for (int i = 0; i < impactItems.length; i++) {
            int code = codes[impactItems[i]];
            if (code != MISSING) {
                answered++;
                sum += impactPoints[i][code];
            }
        }
        int gateCode = codes[impact.gate];
        int value;
        if (gateCode != MISSING && impact.forcesZero[gateCode]) {
            value = 0;
            if (answered > 0) {
                warnings.add(new Warning(WarningKind.IMPACT_ANSWERED_WITHOUT_DIFFICULTIES,
                        questions.name(impact.gate), answered + " of " + impactItems.length + " answered"));
            }
        } else if (answered == 0 || (!impact.missingCountsAsZero && answered < impactItems.length)) {
            value = MISSING;
        } else {
            value = sum;
        }
        return score(k, value, answered, false);
    }

    private Score score(int k, int value, int answered, boolean prorated) {
        return scores.get(k, value, answered, prorated);
    }

    private List<ReportedAnswer> reported(int[] codes) {
        ReportedAnswer[] out = new ReportedAnswer[reportedQuestions.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = reportedAnswers[r][codes[reportedQuestions[r]] + 1];
        }
        return List.of(out);
    }
}
