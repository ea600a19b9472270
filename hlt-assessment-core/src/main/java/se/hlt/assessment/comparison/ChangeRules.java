package se.hlt.assessment.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.norms.Bands;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.scoring.FormResult;

/**
 * How one child's change is judged for one instrument version and informant, baseline form to follow-up form:
 * the one place that decides which norms tables a reliable change index uses ({@link ReliableChangeTables}),
 * which band table says where a score lies (the definition's primary scheme), whether the Added Value
 * Score applies, and which follow-up questions are carried. {@code hlt compare}, {@code hlt report} and
 * {@code hlt cohort} all take their answers from here.
 *
 * <p>Immutable and thread-safe. A {@link ScoreChange} depends only on the tables chosen for the child and the
 * two scores, so each is made once and shared: a million pairs have a few thousand distinct ones.
 */
public final class ChangeRules {

    /** Whole scores from 0 up to this are memoised; others are computed each time. */
    private static final int MEMO = 64;

    private final InstrumentDefinition baseline;
    private final InstrumentDefinition followUp;
    private final Optional<String> bandScheme;
    private final List<String> scoreNames;
    private final Direction[] directions;
    /** Per score and value, its position in the primary band table; null where the table does not band it. */
    private final BandPosition[][] bandPositions;
    private final Set<String> bandsConsidered;
    private final ReliableChangeTables tables;
    private final Optional<AddedValueModel> addedValueModel;
    private final List<String> followUpQuestions;
    private final Map<ReliableChangeChoice, ScoreChange[][]> memo = new ConcurrentHashMap<>();

    private ChangeRules(NormsCatalog norms, InstrumentDefinition baseline, InstrumentDefinition followUp,
                        AddedValueModel model) {
        this.baseline = baseline;
        this.followUp = followUp;
        this.scoreNames = baseline.scoreNames();
        this.tables = ReliableChangeTables.of(norms, baseline);
        this.bandScheme = baseline.primaryBandScheme();
        Optional<Bands> bands = bandScheme.flatMap(scheme -> norms.bandTable(baseline.family(), baseline.version(),
                baseline.informant(), scheme)).flatMap(t -> t.bands());
        this.directions = new Direction[scoreNames.size()];
        this.bandPositions = new BandPosition[scoreNames.size()][];
        for (int s = 0; s < scoreNames.size(); s++) {
            String score = scoreNames.get(s);
            directions[s] = baseline.direction(score).orElse(Direction.HIGHER_IS_WORSE);
            bandPositions[s] = bands.filter(b -> b.scores().containsKey(score)).map(b -> positions(b, score))
                    .orElse(null);
        }
        this.bandsConsidered = norms.all().stream().filter(t -> t.instrument().equals(baseline.family()))
                .flatMap(t -> t.bands().stream()).filter(b -> bandScheme.isPresent() && b.scheme().equals(bandScheme.get()))
                .flatMap(b -> b.scores().keySet().stream()).collect(Collectors.toUnmodifiableSet());
        this.addedValueModel = model.informant() == baseline.informant() && model.instrument().equals(baseline.family())
                && model.versions().contains(baseline.version()) ? Optional.of(model) : Optional.empty();
        List<String> before = baseline.reported();
        this.followUpQuestions = followUp.reported().stream().filter(q -> !before.contains(q)).toList();
    }

    /**
     * The rules for pairs of a {@code baseline} form and a {@code followUp} form of one version and informant.
     *
     * @param norms the norms tables to choose from
     * @param model the Added Value Score model, used where it applies to the version and informant
     * @throws IllegalArgumentException if the two forms are not of one family, version and informant
     */
    public static ChangeRules of(NormsCatalog norms, InstrumentDefinition baseline, InstrumentDefinition followUp,
                                 AddedValueModel model) {
        Objects.requireNonNull(norms, "norms");
        Objects.requireNonNull(model, "model");
        if (!baseline.family().equals(followUp.family()) || !baseline.version().equals(followUp.version())
                || baseline.informant() != followUp.informant()) {
            throw new IllegalArgumentException(baseline.id() + " and " + followUp.id()
                    + " are not one version and informant");
        }
        return new ChangeRules(norms, baseline, followUp, model);
    }

    /** The baseline form's version. */
    public InstrumentDefinition baseline() {
        return baseline;
    }

    /** The follow-up form's version. */
    public InstrumentDefinition followUp() {
        return followUp;
    }

    /**
     * The band scheme in which bands are compared at T1 and T2 and clinical significance is judged: the
     * definition's primary scheme (for the SDQ {@code band3}); empty for a version that shows no bands.
     */
    public Optional<String> bandScheme() {
        return bandScheme;
    }

    /** The scores compared, in the definition's order. */
    public List<String> scoreNames() {
        return scoreNames;
    }

    /** Whether some norms table gives score {@code name} an SD or a reliability (so a file has columns for it). */
    public boolean considersReliableChange(String name) {
        return tables.scores().contains(name);
    }

    /**
     * Whether some table of the instrument bands score {@code name} in the primary scheme (so a file has band
     * columns for it, empty where this version's table does not band it).
     */
    public boolean considersBands(String name) {
        return bandsConsidered.contains(name);
    }

    /** The Added Value Score model, if it applies to this version and informant. */
    public Optional<AddedValueModel> addedValueModel() {
        return addedValueModel;
    }

    /** The questions the follow-up form reports and the baseline form does not ask, e.g. fureduc, fuhelp. */
    public List<String> followUpQuestions() {
        return followUpQuestions;
    }

    /** The norms tables for the reliable change indexes of a child of this age and sex at baseline. */
    public ReliableChangeChoice tablesFor(OptionalInt age, Optional<Sex> sex) {
        return tables.forChild(age, sex);
    }

    /** The band of {@code value} of score {@code s} (an index into {@link #scoreNames()}), if it has one. */
    public Optional<BandPosition> band(int s, int value) {
        BandPosition[] positions = bandPositions[s];
        return positions == null || value < 0 || value >= positions.length
                ? Optional.empty() : Optional.ofNullable(positions[value]);
    }

    /**
     * The change of score {@code s} (an index into {@link #scoreNames()}) for a child with {@code choice}'s tables.
     *
     * @param choice the tables chosen for the child ({@link #tablesFor})
     * @param t1 the score at baseline, if given
     * @param t2 the score at follow-up, if given
     */
    public ScoreChange scoreChange(int s, ReliableChangeChoice choice, OptionalInt t1, OptionalInt t2) {
        if (t1.isPresent() && t2.isPresent() && inMemo(t1.getAsInt()) && inMemo(t2.getAsInt())) {
            ScoreChange[][] byScore = memo.computeIfAbsent(choice, c -> new ScoreChange[scoreNames.size()][]);
            ScoreChange[] values = byScore[s];
            if (values == null) {
                values = new ScoreChange[MEMO * MEMO];
                byScore[s] = values; // a racing thread may make its own array: both hold equal values
            }
            int index = t1.getAsInt() * MEMO + t2.getAsInt();
            ScoreChange value = values[index];
            if (value == null) {
                value = compute(s, choice, t1, t2);
                values[index] = value; // immutable, with final fields: safe to publish through a race
            }
            return value;
        }
        return compute(s, choice, t1, t2);
    }

    private static boolean inMemo(int value) {
        return value >= 0 && value < MEMO;
    }

    private ScoreChange compute(int s, ReliableChangeChoice choice, OptionalInt t1, OptionalInt t2) {
        String score = scoreNames.get(s);
        Optional<ReliableChange> change = t1.isPresent() && t2.isPresent()
                ? choice.basis(score).map(b -> ReliableChange.of(b, directions[s], t1.getAsInt(), t2.getAsInt()))
                : Optional.empty();
        return new ScoreChange(score, t1, t2, change,
                t1.isPresent() ? band(s, t1.getAsInt()) : Optional.empty(),
                t2.isPresent() ? band(s, t2.getAsInt()) : Optional.empty());
    }

    /**
     * The change between two valid scored forms of this rule's versions: the tables chosen by the baseline's age
     * and sex, every score, the Added Value Score where it applies, the follow-up answers.
     *
     * @param id the child's pseudonymous id
     * @param t1 the baseline form's result
     * @param t2 the follow-up form's result
     * @param baselineDate the baseline form's date, if known
     * @param followUpDate the follow-up form's date, if known
     * @param window the follow-up window
     * @throws IllegalArgumentException if a result is invalid or of another version
     */
    public PairChange assess(String id, FormResult t1, FormResult t2, Optional<LocalDate> baselineDate,
                             Optional<LocalDate> followUpDate, FollowUpWindow window) {
        check(t1, baseline);
        check(t2, followUp);
        OptionalInt age = t1.context().age();
        Optional<Sex> sex = t1.context().sex();
        ReliableChangeChoice choice = tablesFor(age, sex);
        List<ScoreChange> scores = new ArrayList<>(scoreNames.size());
        for (int s = 0; s < scoreNames.size(); s++) {
            scores.add(scoreChange(s, choice, t1.value(scoreNames.get(s)), t2.value(scoreNames.get(s))));
        }
        Optional<AddedValueScore> avs = Optional.empty();
        List<String> noAvs = List.of();
        if (addedValueModel.isPresent()) {
            AddedValueModel model = addedValueModel.get();
            Map<String, Integer> before = new HashMap<>();
            model.prediction().baseline().forEach(term -> t1.value(term.score())
                    .ifPresent(v -> before.put(term.score(), v)));
            OptionalInt observed = t2.value(model.outcome().score());
            var scored = model.score(before, observed.orElse(0));
            if (scored.isOk() && observed.isPresent()) {
                AddedValueScore value = scored.orElseThrow();
                avs = Optional.of(age.isPresent() && !model.ages().contains(age.getAsInt())
                        ? value.withNote(model.ageNote(age.getAsInt())) : value);
            } else {
                List<String> why = new ArrayList<>(scored.problems());
                if (observed.isEmpty()) {
                    why.add("follow-up " + model.outcome().score() + " is missing");
                }
                noAvs = why;
            }
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String q : followUpQuestions) {
            t2.reported(q).flatMap(a -> a.code().isPresent() ? Optional.of(a.code().getAsInt()) : Optional.empty())
                    .ifPresent(code -> answers.put(q, code));
        }
        return new PairChange(id, age, sex, baselineDate, followUpDate, window, choice, scores, avs, noAvs, answers);
    }

    private static void check(FormResult result, InstrumentDefinition definition) {
        if (!result.isValid() || !result.instrument().equals(definition.id())) {
            throw new IllegalArgumentException("not a valid result of " + definition.id() + ": " + result.instrument());
        }
    }

    /** Each value's band position for {@code score}: null for a value no band covers. */
    private static BandPosition[] positions(Bands bands, String score) {
        int max = bands.scores().get(score).stream().mapToInt(r -> r.max()).max().orElse(0);
        BandPosition[] positions = new BandPosition[max + 1];
        for (int v = 0; v <= max; v++) {
            positions[v] = BandPosition.of(bands, score, v).orElse(null);
        }
        return positions;
    }
}
