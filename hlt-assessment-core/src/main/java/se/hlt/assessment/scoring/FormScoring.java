package se.hlt.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;

/**
 * The scoring of one form's answer array with the compiled parts of one instrument: the code check, the scale
 * sums (prorated where allowed), the composites (or a total given alone), the impact score, the status and the
 * result. The hot path of the engine: the arrays it loops over are its own final fields, and a valid form
 * allocates only its result.
 */
final class FormScoring {

    private static final int MISSING = PreparedInstrument.MISSING;

    private final InstrumentDefinition definition;
    private final QuestionCodes questions;

    private final int[][] scaleItems;
    /**
     * Per scale and item, what an answered code gives as {@code base + sign * code}: 0 and 1 for an item scored
     * as coded, the sum of its lowest and highest codes and -1 for a reversed one. Arithmetic rather than a choice,
     * so that the sums of a form's scales take no branch an unpredictable answer could mispredict.
     */
    private final int[][] scaleBase;
    private final int[][] scaleSign;
    private final int[] scaleMinAnswered;
    private final int[][] compositeParts;
    /** For each composite, the question a form may give it in directly (a total-only record), or -1. */
    private final int[] compositeGiven;

    private final ImpactGate impact;

    /** The questions reported but not scored, and their answers as results hold them. */
    private final ReportedAnswers reported;

    private final ScoreTable scores;
    private final List<BandScheme> bandSchemes;
    private final Optional<Informant> informant;
    /** Indexed by {@link Informant#ordinal()}: the rater as a result holds it, or null when not accepted. */
    private final List<Optional<Informant>> acceptedRaters;
    private final Optional<Timepoint> timepoint;

    private final ComparisonTables comparisons;

    FormScoring(InstrumentDefinition d, QuestionCodes questions, CompiledScales scales, ImpactGate impact,
                ScoreTable scores, ComparisonTables comparisons) {
        this.definition = d;
        this.informant = Optional.of(d.informant());
        List<Optional<Informant>> raters = new ArrayList<>();
        for (Informant rater : Informant.values()) {
            raters.add(d.accepts(rater) ? Optional.of(rater) : null);
        }
        this.acceptedRaters = java.util.Collections.unmodifiableList(raters);
        this.timepoint = Optional.of(d.timepoint());
        this.questions = questions;
        // copied into this object's own fields, so that the per-form loops read them with no extra hop
        scaleItems = scales.items;
        scaleBase = new int[scaleItems.length][];
        scaleSign = new int[scaleItems.length][];
        for (int sc = 0; sc < scaleItems.length; sc++) {
            int[] reverse = scales.reverseBase[sc];
            scaleBase[sc] = new int[reverse.length];
            scaleSign[sc] = new int[reverse.length];
            for (int i = 0; i < reverse.length; i++) {
                boolean forward = reverse[i] == CompiledScales.FORWARD;
                scaleBase[sc][i] = forward ? 0 : reverse[i];
                scaleSign[sc][i] = forward ? 1 : -1;
            }
        }
        scaleMinAnswered = scales.minAnswered;
        compositeParts = scales.compositeParts;
        compositeGiven = scales.compositeGiven;
        this.impact = impact;

        reported = new ReportedAnswers(d, questions);

        this.scores = scores;
        this.comparisons = comparisons;
        bandSchemes = scores.bandSchemes();
    }

    /** Scores one form; see {@link PreparedInstrument#score(int[], FormContext)}. */
    FormResult score(int[] codes, FormContext context) {
        if (codes.length != questions.count()) {
            throw new IllegalArgumentException("expected " + questions.count() + " codes, got " + codes.length);
        }
        List<Problem> problems = questions.problems(codes);
        if (!context.agePossible()) {
            problems = new ArrayList<>(problems);
            problems.add(impossibleAge(context));
        }
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
        boolean anyMissing = false;
        boolean anyProrated = false;
        for (int s = 0; s < scaleItems.length; s++) {
            int[] items = scaleItems[s];
            int[] base = scaleBase[s];
            int[] sign = scaleSign[s];
            int sum = 0;
            int answered = 0;
            for (int i = 0; i < items.length; i++) {
                int code = codes[items[i]];
                int present = (code >> 31) + 1; // 0 for MISSING (-1), 1 for a code (0 or more, checked above)
                answered += present;
                sum += present * (base[i] + sign[i] * code);
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
            scores[s] = score(s, value, answered, prorated);
        }
        int k = scaleItems.length;
        boolean totalOnly = false;
        for (int c = 0; c < compositeParts.length; c++, k++) {
            int[] parts = compositeParts[c];
            int sum = 0;
            int present = 0;
            for (int p : parts) {
                OptionalInt part = scores[p].value(); // a shared instance: reading it allocates nothing
                if (part.isPresent()) {
                    present++;
                    sum += part.getAsInt();
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
        Warning impactWarning = null;
        if (impact.gate >= 0) {
            scores[k] = impactScore(k, codes);
            impactWarning = impactWarning(codes);
        }
        Warning ageWarning = null;
        if (context.age().isPresent() && !definition.ages().contains(context.age().getAsInt())) {
            int age = context.age().getAsInt();
            ageWarning = new Warning(WarningKind.AGE_OUTSIDE_VERSION, "age",
                    "age " + age + "; version " + definition.version() + " is for ages " + definition.ages());
        }
        // most forms have neither warning: no list is made for them (a form's allocations are the batch's cost)
        List<Warning> warnings = impactWarning == null
                ? ageWarning == null ? List.of() : List.of(ageWarning)
                : ageWarning == null ? List.of(impactWarning) : List.of(impactWarning, ageWarning);
        Status status = totalOnly ? Status.TOTAL_ONLY
                : anyMissing ? Status.INCOMPLETE : anyProrated ? Status.PRORATED : Status.COMPLETE;
        return new FormResult(definition.id(), rater, timepoint, context, status, FrozenList.over(scores),
                bandSchemes, comparisons.compare(scores, context), reported.of(codes), List.of(), warnings);
    }

    /** The problem of an age no child can have: a typing mistake, so the form is not scored on it. */
    static Problem impossibleAge(FormContext context) {
        return Problem.of("age", ProblemKind.OUT_OF_RANGE, String.valueOf(context.age().getAsInt()),
                "0 to " + FormContext.MAX_AGE + " years, or empty");
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

    private Score impactScore(int k, int[] codes) {
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
        } else if (answered == 0 || (!impact.missingCountsAsZero && answered < impactItems.length)) {
            value = MISSING;
        } else {
            value = sum;
        }
        return score(k, value, answered, false);
    }

    /** The warning of impact questions answered where the gate question says there are no difficulties, or null. */
    private Warning impactWarning(int[] codes) {
        int gateCode = codes[impact.gate];
        if (gateCode == MISSING || !impact.forcesZero[gateCode]) {
            return null;
        }
        int answered = 0;
        for (int item : impact.items) {
            answered += codes[item] == MISSING ? 0 : 1;
        }
        return answered == 0 ? null : new Warning(WarningKind.IMPACT_ANSWERED_WITHOUT_DIFFICULTIES,
                questions.name(impact.gate), answered + " of " + impact.items.length + " answered");
    }

    private Score score(int k, int value, int answered, boolean prorated) {
        return scores.get(k, value, answered, prorated);
    }
}
