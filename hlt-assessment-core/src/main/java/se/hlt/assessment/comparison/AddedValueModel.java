package se.hlt.assessment.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.TableRef;

/**
 * The coefficients of an Added Value Score, read from a data file ({@code avs.schema.json}), so that they live in
 * one documented place with their citation. The shipped model is {@link #ford2009()} ({@code sdq.md} &sect;8):
 * {@code AVS = 2.3 + 0.8 × T1 ebdtot + 0.2 × T1 impact − 0.3 × T1 emotion − T2 ebdtot}, parent report only.
 *
 * <p>The AVS is the follow-up score predicted from the baseline (what would be expected without intervention)
 * minus the follow-up score observed: positive means more improvement than predicted. Arithmetic is exact
 * decimal: the coefficients are read as written in the file, never through binary floating point.
 *
 * @param id the model's id, named in every score computed with it
 * @param title a short title in English and Swedish
 * @param instrument the instrument family, e.g. {@code sdq}
 * @param versions the instrument versions the model applies to
 * @param informant who must have filled in both forms
 * @param ages the ages of the sample the model was derived on
 * @param prediction the predicted follow-up score: intercept and weighted baseline scores
 * @param outcome the follow-up score whose observed value is subtracted
 * @param effectSizeDivisor effect size = AVS / this number
 * @param individualInterval95 half the width, in points, of the 95% interval of one child's AVS
 * @param caveat the sentence to show wherever one child's AVS is shown
 * @param source the citation, where it was read, and the confidence tag
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddedValueModel(String id, Label title, String instrument, List<String> versions, Informant informant,
                              AgeRange ages, Prediction prediction, Outcome outcome, BigDecimal effectSizeDivisor,
                              BigDecimal individualInterval95, Label caveat, Source source) {

    /** The class-path location of the published schema for model files. */
    public static final String SCHEMA_RESOURCE = "/hlt/schema/avs.schema.json";
    private static final String FORD_2009 = "/hlt/avs/avs-ford2009.json";

    /** Checks the required parts and copies the versions. */
    public AddedValueModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(ages, "ages");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(effectSizeDivisor, "effectSizeDivisor");
        Objects.requireNonNull(individualInterval95, "individualInterval95");
        Objects.requireNonNull(caveat, "caveat");
        Objects.requireNonNull(source, "source");
        versions = List.copyOf(versions);
    }

    /**
     * The predicted follow-up score.
     *
     * @param intercept the constant term
     * @param baseline the baseline scores and their weights
     */
    public record Prediction(BigDecimal intercept, List<Term> baseline) {

        /** Checks the intercept and copies the terms. */
        public Prediction {
            Objects.requireNonNull(intercept, "intercept");
            baseline = List.copyOf(baseline);
        }
    }

    /**
     * One baseline score in the prediction.
     *
     * @param score the score's short name, e.g. {@code ebdtot}
     * @param weight its coefficient
     * @param max its highest possible value (0 is the lowest)
     */
    public record Term(String score, BigDecimal weight, int max) {

        /** Checks that every part is present. */
        public Term {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(weight, "weight");
        }
    }

    /**
     * The follow-up score compared with the prediction.
     *
     * @param score the score's short name, e.g. {@code ebdtot}
     * @param max its highest possible value (0 is the lowest)
     */
    public record Outcome(String score, int max) {

        /** Checks that the score is named. */
        public Outcome {
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * The model of Ford et al. (2009) for the parent SDQ, shipped in the {@code norms} module. Loaded once.
     *
     * @throws IllegalStateException if the shipped file is broken (the test suite guards against it)
     */
    public static AddedValueModel ford2009() {
        return Shipped.FORD_2009;
    }

    /**
     * Reads a model from JSON text, validating it against {@code avs.schema.json} and for consistency.
     *
     * @param json the file's content
     * @param origin the file's name, for the problems
     * @return the model, or every problem found, each naming the field
     */
    public static Checked<AddedValueModel> read(String json, String origin) {
        return UserFiles.FILES.read(json, origin, AddedValueModel.class, AddedValueModel::problems);
    }

    /** The checks the schema cannot express; empty when the model is consistent. */
    static List<String> problems(AddedValueModel model) {
        List<String> problems = new ArrayList<>();
        if (model.ages().min() > model.ages().max()) {
            problems.add("ages: min is above max");
        }
        Set<String> seen = new HashSet<>();
        for (Term term : model.prediction().baseline()) {
            if (!seen.add(term.score())) {
                problems.add("prediction.baseline: " + term.score() + " is listed twice");
            }
        }
        return problems;
    }

    /** Names this model in a result: its id, title and source. */
    public TableRef ref() {
        return new TableRef(id, title, source);
    }

    /**
     * The AVS of one child from the baseline and follow-up scores, given by name.
     *
     * @param baseline the baseline scores, by short name (e.g. {@code ebdtot}); every term of the prediction
     *     must be there
     * @param followUp the observed follow-up value of the {@linkplain #outcome() outcome} score
     * @return the score, or why not: a baseline score is missing or a score is outside its possible range
     */
    public Checked<AddedValueScore> score(Map<String, Integer> baseline, int followUp) {
        List<String> problems = new ArrayList<>();
        BigDecimal predicted = prediction.intercept();
        for (Term term : prediction.baseline()) {
            Integer value = baseline.get(term.score());
            if (value == null) {
                problems.add("baseline " + term.score() + " is missing");
            } else if (value < 0 || value > term.max()) {
                problems.add("baseline " + term.score() + " " + value + " is outside 0-" + term.max());
            } else {
                predicted = predicted.add(term.weight().multiply(BigDecimal.valueOf(value)));
            }
        }
        if (followUp < 0 || followUp > outcome.max()) {
            problems.add("follow-up " + outcome.score() + " " + followUp + " is outside 0-" + outcome.max());
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        BigDecimal value = predicted.subtract(BigDecimal.valueOf(followUp));
        return Checked.ok(new AddedValueScore(ref(), predicted, followUp, value,
                value.divide(effectSizeDivisor, MathContext.DECIMAL64), individualInterval95, caveat, List.of()));
    }

    /**
     * The AVS of one child from two scored forms, checking that they are what the model was derived on: both
     * valid, both filled in by the model's informant on one of its instrument versions.
     *
     * @param baseline the form at T1
     * @param followUp the form at T2
     * @param instruments the catalog that defines the forms' instruments (to find their family and version)
     * @return the score, with a note when the child's age at T1 is outside the model's ages; or why not
     */
    public Checked<AddedValueScore> score(FormResult baseline, FormResult followUp, InstrumentCatalog instruments) {
        List<String> problems = new ArrayList<>();
        checkForm(baseline, "baseline", instruments, problems);
        checkForm(followUp, "follow-up", instruments, problems);
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        Map<String, Integer> t1 = new HashMap<>();
        for (Term term : prediction.baseline()) {
            baseline.value(term.score()).ifPresent(v -> t1.put(term.score(), v));
        }
        OptionalInt t2 = followUp.value(outcome.score());
        if (t2.isEmpty()) {
            return Checked.failed(List.of("follow-up " + outcome.score() + " is missing"));
        }
        Checked<AddedValueScore> scored = score(t1, t2.getAsInt());
        OptionalInt age = baseline.context().age();
        if (scored.isOk() && age.isPresent() && !ages.contains(age.getAsInt())) {
            return Checked.ok(scored.orElseThrow().withNote(ageNote(age.getAsInt())));
        }
        return scored;
    }

    /**
     * Whether a child of this age at baseline is one the model covers: an age within the ages of the sample it was
     * derived on. An unknown age is not covered: a group's mean AVS should rest only on children the model is
     * known to fit, as a 2-year-old's AVS from a 5-16 model is no Added Value Score at all.
     */
    public boolean covers(OptionalInt ageAtBaseline) {
        return ageAtBaseline.isPresent() && ages.contains(ageAtBaseline.getAsInt());
    }

    /** The note beside the AVS of a child whose age at baseline is outside the model's sample. */
    public Label ageNote(int age) {
        return Label.of("The child's age at baseline, " + age + ", is outside the ages " + ages
                        + " of the sample the model was derived on.",
                "Barnets ålder vid första mätningen, " + age + " år, ligger utanför åldrarna " + ages
                        + " i urvalet som modellen bygger på.");
    }

    private void checkForm(FormResult form, String which, InstrumentCatalog instruments, List<String> problems) {
        if (!form.isValid()) {
            problems.add(which + " form " + form.instrument() + " could not be scored");
            return;
        }
        if (form.informant().map(i -> i != informant).orElse(true)) {
            problems.add(which + " form " + form.instrument() + " is not a " + informant.code()
                    + " report; the model " + id + " is for " + informant.code() + " reports only");
            return;
        }
        InstrumentDefinition definition = instruments.find(form.instrument()).orElse(null);
        if (definition == null || !definition.family().equals(instrument)
                || !versions.contains(definition.version())) {
            problems.add(which + " form " + form.instrument() + " is not a version the model " + id
                    + " applies to (" + instrument + " " + String.join(", ", versions) + ")");
        }
    }

    /** The schema-validating reader for model files a user supplies, created on first use. */
    private static final class UserFiles {
        static final DataFiles FILES = DataFiles.withSchema(SCHEMA_RESOURCE);
    }

    /** Lazily loads the shipped model once, on first use. */
    private static final class Shipped {
        static final AddedValueModel FORD_2009 = DataFiles.readShipped(
                DataFiles.resourceText(AddedValueModel.FORD_2009), AddedValueModel.FORD_2009, AddedValueModel.class,
                AddedValueModel::problems).orElseThrow();
    }
}
