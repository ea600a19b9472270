package se.hlt.assessment.comparison;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.pairing.Lookalike;
import se.hlt.assessment.pairing.Unpaired;

/**
 * What {@link FormComparisons#compare} made of a list of forms: the pairs with their change, and every other form
 * with why it is not paired. Forms are named by their place in the list given, so every form is in exactly one
 * place: {@code forms = 2 × pairs + unpaired}.
 *
 * @param forms how many forms were given
 * @param pairs the pairs, in the order of their baselines
 * @param unpaired the forms not paired, in list order, each with its reason ({@link Unpaired#row()} is its place
 *     in the list)
 * @param lookalikes among the forms not paired (of one instrument version and informant), the ids that differ
 *     only in case or spaces: a hint that one child's id was typed two ways
 */
public record ComparedForms(int forms, List<Pair> pairs, List<Unpaired> unpaired, List<Lookalike> lookalikes) {

    /** Copies the lists and checks that every form is accounted for. */
    public ComparedForms {
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
        lookalikes = List.copyOf(lookalikes);
        if (forms != 2 * pairs.size() + unpaired.size()) {
            throw new IllegalArgumentException(forms + " forms, but " + pairs.size() + " pairs and "
                    + unpaired.size() + " unpaired");
        }
    }

    /** What was made of the forms, with no lookalike ids. */
    public ComparedForms(int forms, List<Pair> pairs, List<Unpaired> unpaired) {
        this(forms, pairs, unpaired, List.of());
    }

    /**
     * A baseline and a follow-up form of one child, and the change between them.
     *
     * @param baseline the baseline's place in the list of forms
     * @param followUp the follow-up's place in the list
     * @param change the change
     */
    public record Pair(int baseline, int followUp, PairChange change) {

        /** Checks the change. */
        public Pair {
            Objects.requireNonNull(change, "change");
        }
    }

    /** The pair whose baseline is form {@code form}, if it is one. */
    public Optional<Pair> pairWithBaseline(int form) {
        return pairs.stream().filter(p -> p.baseline() == form).findFirst();
    }

    /** Whether form {@code form} is the follow-up of a pair. */
    public boolean isPairedFollowUp(int form) {
        return pairs.stream().anyMatch(p -> p.followUp() == form);
    }

    /** Why form {@code form} is not paired, if it is not. */
    public Optional<Unpaired> unpairedForm(int form) {
        return unpaired.stream().filter(u -> u.row() == form).findFirst();
    }
}
