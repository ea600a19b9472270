package se.hlt.assessment.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.pairing.Lookalike;
import se.hlt.assessment.pairing.Pairing;
import se.hlt.assessment.pairing.PairingRows;
import se.hlt.assessment.pairing.Unpaired;
import se.hlt.assessment.scoring.FormResult;

/**
 * Pairs scored forms held in memory and judges each pair's change, by the very rules {@code hlt compare} applies
 * to files: {@link Pairing} decides who is paired (one baseline and one follow-up per id that do not contradict
 * each other; every other form unmatched or in conflict, with its reason) and {@link ChangeRules} decides every
 * table, index and status. This is what {@code hlt report} renders.
 *
 * <p>Forms are paired within one instrument family, version and informant (a teacher's form never pairs with a
 * parent's). Immutable and thread-safe; share one.
 *
 * <pre>{@code
 * FormComparisons comparisons = FormComparisons.of(scorer.instruments(), scorer.norms());
 * ComparedForms compared = comparisons.compare(List.of(baselineResult, followUpResult));
 * compared.pairs().get(0).change().score("emotion").flatMap(ScoreChange::status);
 * }</pre>
 */
public final class FormComparisons {

    private final InstrumentCatalog instruments;
    private final NormsCatalog norms;
    private final AddedValueModel model;
    private final FollowUpWindow window;
    private final Map<String, ChangeRules> rules = new ConcurrentHashMap<>();

    private FormComparisons(InstrumentCatalog instruments, NormsCatalog norms, AddedValueModel model,
                            FollowUpWindow window) {
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.norms = Objects.requireNonNull(norms, "norms");
        this.model = Objects.requireNonNull(model, "model");
        this.window = Objects.requireNonNull(window, "window");
    }

    /**
     * Comparisons with these definitions and norms tables, the Added Value Score model of Ford et al. (2009) and
     * HLT's follow-up window of 3&ndash;6 months.
     */
    public static FormComparisons of(InstrumentCatalog instruments, NormsCatalog norms) {
        return new FormComparisons(instruments, norms, AddedValueModel.ford2009(), FollowUpWindow.HLT);
    }

    /** These comparisons with another follow-up window. */
    public FormComparisons withWindow(FollowUpWindow newWindow) {
        return new FormComparisons(instruments, norms, model, newWindow);
    }

    /** These comparisons with another Added Value Score model. */
    public FormComparisons withAddedValueModel(AddedValueModel newModel) {
        return new FormComparisons(instruments, norms, newModel, window);
    }

    /** The rules for a baseline form of {@code baseline} and a follow-up form of {@code followUp}. */
    public ChangeRules rules(InstrumentDefinition baseline, InstrumentDefinition followUp) {
        return rules.computeIfAbsent(baseline.id() + "\u0000" + followUp.id(),
                k -> ChangeRules.of(norms, baseline, followUp, model));
    }

    /**
     * Pairs {@code forms} and judges each pair.
     *
     * @param forms valid results of forms whose instruments this catalog defines, in any order
     * @return every pair, in the order of its baseline, and every other form with why it is not paired: each form
     *     is in exactly one place; and the ids of unpaired forms that differ only in case or spaces
     * @throws IllegalArgumentException if a result is invalid or its instrument unknown
     */
    public ComparedForms compare(List<FormResult> forms) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<InstrumentDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            FormResult form = forms.get(i);
            InstrumentDefinition d = instruments.find(form.instrument()).orElseThrow(
                    () -> new IllegalArgumentException("unknown instrument " + form.instrument()));
            if (!form.isValid()) {
                throw new IllegalArgumentException("form " + i + " (" + form.instrument() + ") is not valid");
            }
            definitions.add(d);
            Informant informant = form.informant().orElse(d.informant());
            groups.computeIfAbsent(d.family() + "|" + d.version() + "|" + informant.code(), k -> new ArrayList<>())
                    .add(i);
        }
        List<ComparedForms.Pair> pairs = new ArrayList<>();
        List<Unpaired> unpaired = new ArrayList<>();
        List<Lookalike> lookalikes = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Rows rows = new Rows(forms, definitions, group);
            Pairing pairing = Pairing.of(rows);
            for (int p = 0; p < pairing.pairs(); p++) {
                int b = group.get(pairing.baselineOf(p));
                int f = group.get(pairing.followUpOf(p));
                FormResult t1 = forms.get(b);
                FormResult t2 = forms.get(f);
                PairChange change = rules(definitions.get(b), definitions.get(f)).assess(t1.context().id().orElseThrow(),
                        t1, t2, t1.context().date(), t2.context().date(), window);
                pairs.add(new ComparedForms.Pair(b, f, change));
            }
            List<String> unpairedIds = new ArrayList<>();
            for (Unpaired u : pairing.unpaired()) {
                unpaired.add(new Unpaired(group.get(u.row()), u.reason(), u.baselines(), u.followUps()));
                forms.get(group.get(u.row())).context().id().filter(id -> !id.isBlank()).ifPresent(unpairedIds::add);
            }
            lookalikes.addAll(Lookalike.among(unpairedIds));
        }
        pairs.sort(Comparator.comparingInt(ComparedForms.Pair::baseline));
        unpaired.sort(Comparator.comparingInt(Unpaired::row));
        return new ComparedForms(forms.size(), pairs, unpaired, lookalikes);
    }

    /** One group's forms as {@link Pairing} sees them: ids numbered, timepoints, dates, sexes and ages. */
    private static final class Rows implements PairingRows {
        private final List<FormResult> forms;
        private final List<InstrumentDefinition> definitions;
        private final List<Integer> group;
        private final int[] keys;

        Rows(List<FormResult> forms, List<InstrumentDefinition> definitions, List<Integer> group) {
            this.forms = forms;
            this.definitions = definitions;
            this.group = group;
            this.keys = new int[group.size()];
            Map<String, Integer> ids = new HashMap<>();
            for (int r = 0; r < group.size(); r++) {
                Optional<String> id = form(r).context().id().filter(s -> !s.isBlank());
                keys[r] = id.isEmpty() ? NO_KEY : ids.computeIfAbsent(id.get(), k -> ids.size());
            }
        }

        private FormResult form(int row) {
            return forms.get(group.get(row));
        }

        @Override
        public int size() {
            return group.size();
        }

        @Override
        public int key(int row) {
            return keys[row];
        }

        @Override
        public boolean isFollowUp(int row) {
            return form(row).timepoint().orElse(definitions.get(group.get(row)).timepoint()) == Timepoint.FOLLOWUP;
        }

        @Override
        public int date(int row) {
            return form(row).context().date().map(d -> (int) d.toEpochDay()).orElse(NONE);
        }

        @Override
        public int sex(int row) {
            return form(row).context().sex().map(Enum::ordinal).orElse(NONE);
        }

        @Override
        public int age(int row) {
            return form(row).context().age().isPresent() ? form(row).context().age().getAsInt() : NONE;
        }
    }
}
