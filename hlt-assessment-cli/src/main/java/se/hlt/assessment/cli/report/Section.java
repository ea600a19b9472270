package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.comparison.ComparedForms;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.comparison.PairChange;
import se.hlt.assessment.pairing.Lookalike;
import se.hlt.assessment.pairing.Unpaired;
import se.hlt.assessment.scoring.FormResult;

/**
 * One page of the report: a single form, or a baseline form and a follow-up of the same child by the same
 * informant side by side with the library's judgement of the change. Who is paired, and every index and status,
 * is the library's answer ({@link FormComparisons}), the very one {@code hlt compare} writes; the report only
 * lays it out.
 *
 * @param first the form, or the baseline of a pair
 * @param followUp the follow-up of a pair
 * @param change the change between the two forms of a pair
 * @param notPaired why a single form was not paired, when the page should say so
 * @param lookalikes the library's hints that a single form's id and another unpaired form's differ only in case
 *     or spaces (one child's id typed two ways)
 */
public record Section(ScoredForm first, Optional<ScoredForm> followUp, Optional<PairChange> change,
                      Optional<Unpaired> notPaired, List<Lookalike> lookalikes) {

    /** Checks the parts: a pair has both a follow-up and a change. */
    public Section {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(notPaired, "notPaired");
        lookalikes = List.copyOf(lookalikes);
        if (followUp.isPresent() != change.isPresent()) {
            throw new IllegalArgumentException("a pair needs both its follow-up and its change");
        }
    }

    /** A page with no lookalike ids to point out. */
    public Section(ScoredForm first, Optional<ScoredForm> followUp, Optional<PairChange> change,
                   Optional<Unpaired> notPaired) {
        this(first, followUp, change, notPaired, List.of());
    }

    /** Whether this is a baseline and follow-up pair. */
    public boolean isPair() {
        return followUp.isPresent();
    }

    /**
     * The pages for {@code forms}, in the order given: a pair's page stands where its baseline does; every form
     * that is not paired gets a page of its own, which says why it is not paired where that is news: always for
     * a conflict, and for a form without a partner when both baselines and follow-ups were given; and which ids of
     * unpaired forms differ only in case or spaces.
     */
    public static Plan plan(List<ScoredForm> forms, FormComparisons comparisons) {
        List<FormResult> results = forms.stream().map(ScoredForm::result).toList();
        ComparedForms compared = comparisons.compare(results);
        // an unmatched form is worth a word only where pairs were evidently meant: baselines and follow-ups given
        boolean pairsMeant = results.stream().map(FormResult::timepoint).flatMap(Optional::stream).distinct()
                .count() > 1;
        List<Unpaired> said = compared.unpaired().stream().filter(u -> u.isConflict() || pairsMeant).toList();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Optional<ComparedForms.Pair> pair = compared.pairWithBaseline(i);
            if (pair.isPresent()) {
                sections.add(new Section(forms.get(i), Optional.of(forms.get(pair.get().followUp())),
                        Optional.of(pair.get().change()), Optional.empty()));
            } else if (!compared.isPairedFollowUp(i)) {
                int form = i;
                Optional<Unpaired> why = said.stream().filter(u -> u.row() == form).findFirst();
                Optional<String> id = results.get(i).context().id();
                List<Lookalike> hints = compared.lookalikes().stream()
                        .filter(l -> id.isPresent() && l.ids().contains(id.get())).toList();
                sections.add(new Section(forms.get(i), Optional.empty(), Optional.empty(), why, hints));
            }
        }
        return new Plan(sections, said, compared.lookalikes());
    }

    /**
     * The pages, and the forms whose pages say why they were not paired.
     *
     * @param sections the pages, in order
     * @param unpaired the forms whose pages say why they are not paired, numbered by their place in the list
     * @param lookalikes ids of unpaired forms that differ only in case or spaces, as the library found them
     */
    public record Plan(List<Section> sections, List<Unpaired> unpaired, List<Lookalike> lookalikes) {

        /** Copies the lists. */
        public Plan {
            sections = List.copyOf(sections);
            unpaired = List.copyOf(unpaired);
            lookalikes = List.copyOf(lookalikes);
        }
    }
}
