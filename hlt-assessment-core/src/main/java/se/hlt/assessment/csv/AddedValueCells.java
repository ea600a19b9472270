package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.scoring.Texts;

/**
 * Writes a pair's Added Value Score cells ({@code avs}, {@code avs_effect_size}, {@code avs_model},
 * {@code avs_note}, {@code avs_caveat}) with the model's own exact arithmetic ({@link AddedValueModel#score}),
 * once per distinct combination of the scores it uses, which repeat across a large file.
 *
 * <p>Every row with an AVS carries the model's caveat: one child's AVS has a 95% interval of about &plusmn;10
 * points and is meant for services and cohorts, not for judging one child ({@code sdq.md} &sect;8). A row whose
 * baseline age is outside the model's sample gets a note, as does a row whose AVS cannot be computed (why).
 */
final class AddedValueCells {

    private final CsvLineWriter out;
    private final boolean decimalComma;
    /** The language of the notes and the caveat: a Swedish run's pairs file says them in Swedish. */
    private final Locale locale;
    private final AddedValueModel model;
    private final int[] termScores;
    private final int[] termSizes;
    private final int outcomeScore;
    private final int outcomeSize;
    /** The value, effect size and model cells of each combination of scores, as one block; filled on demand. */
    private final Prepared[] cells;
    private final Prepared empty;
    private final Prepared modelId;
    private final Prepared caveat;
    private final Prepared[] ageNotes = new Prepared[FormContexts.MAX_AGE + 1];
    private final Map<String, Prepared> problemNotes = new HashMap<>();
    private long scored;

    /**
     * The cells of the model {@code columns} name.
     *
     * @param decimalComma whether decimals get a decimal comma (in a semicolon file, as the batch writes them)
     * @param locale the language of the notes and the caveat
     */
    AddedValueCells(CsvLineWriter out, boolean decimalComma, PairColumns columns, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.decimalComma = decimalComma;
        this.model = columns.avsModel.orElseThrow();
        List<AddedValueModel.Term> terms = model.prediction().baseline();
        termScores = new int[terms.size()];
        termSizes = new int[terms.size()];
        int combinations = 1;
        for (int i = 0; i < terms.size(); i++) {
            termScores[i] = columns.scoreNames.indexOf(terms.get(i).score());
            termSizes[i] = terms.get(i).max() + 1;
            combinations *= termSizes[i];
        }
        outcomeScore = columns.scoreNames.indexOf(model.outcome().score());
        outcomeSize = model.outcome().max() + 1;
        cells = new Prepared[combinations * outcomeSize];
        empty = out.prepare("");
        modelId = out.prepare(model.id());
        caveat = out.prepare(model.caveat().in(locale));
        for (int age = 0; age < ageNotes.length; age++) {
            ageNotes[age] = model.ages().contains(age) ? empty : out.prepare(Texts.format("avs.note.age_outside",
                    locale, String.valueOf(age), String.valueOf(model.ages().min()),
                    String.valueOf(model.ages().max())));
        }
    }

    /** Writes the cells of the pair of row {@code b} of {@code t1} and row {@code u} of {@code t2}. */
    void write(FormRowStore t1, int b, FormRowStore t2, int u) {
        int index = 0;
        boolean inRange = true;
        for (int i = 0; i < termScores.length; i++) {
            int value = termScores[i] < 0 ? FormRowStore.MISSING : t1.score(b, termScores[i]);
            inRange &= value >= 0 && value < termSizes[i];
            index = index * termSizes[i] + Math.max(value, 0);
        }
        int observed = outcomeScore < 0 ? FormRowStore.MISSING : t2.score(u, outcomeScore);
        inRange &= observed >= 0 && observed < outcomeSize;
        if (!inRange) {
            notScored(t1, b, observed);
            return;
        }
        index = index * outcomeSize + observed;
        Prepared score = cells[index];
        if (score == null) {
            score = compute(t1, b, observed);
            cells[index] = score;
        }
        out.field(score);
        int age = t1.age(b);
        out.field(age == FormRowStore.MISSING ? empty : ageNotes[age]);
        out.field(caveat);
        scored++;
    }

    private Prepared compute(FormRowStore t1, int b, int observed) {
        AddedValueScore score = model.score(baseline(t1, b), observed).orElseThrow();
        return out.prepareFields(List.of(decimal(score.value().toPlainString()),
                decimal(score.effectSize().toPlainString()), model.id()));
    }

    private String decimal(String withPoint) {
        return decimalComma ? withPoint.replace('.', ',') : withPoint;
    }

    /** The row has no AVS because a score it needs is missing: the note names it. */
    private void notScored(FormRowStore t1, int b, int observed) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < termScores.length; i++) {
            if (termScores[i] < 0 || t1.score(b, termScores[i]) == FormRowStore.MISSING) {
                problems.add(Texts.format("avs.note.baseline_missing", locale,
                        model.prediction().baseline().get(i).score()));
            }
        }
        if (observed == FormRowStore.MISSING) {
            problems.add(Texts.format("avs.note.follow_up_missing", locale, model.outcome().score()));
        }
        if (problems.isEmpty()) {
            // a score outside the model's range: the engine's scores never are, so the model's own words will do
            problems.addAll(model.score(baseline(t1, b), Math.max(observed, 0)).problems());
        }
        String why = String.join("; ", problems);
        out.field(empty);
        out.field(empty);
        out.field(modelId);
        out.field(problemNotes.computeIfAbsent(why, out::prepare));
        out.field(empty);
    }

    private Map<String, Integer> baseline(FormRowStore t1, int b) {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < termScores.length; i++) {
            int value = termScores[i] < 0 ? FormRowStore.MISSING : t1.score(b, termScores[i]);
            if (value != FormRowStore.MISSING) {
                values.put(model.prediction().baseline().get(i).score(), value);
            }
        }
        return values;
    }

    /** Pairs given an AVS. */
    long scored() {
        return scored;
    }
}
