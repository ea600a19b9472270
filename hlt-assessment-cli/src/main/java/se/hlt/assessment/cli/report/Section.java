package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Timepoint;

/**
 * One page of the report: a single form, or a baseline form and a follow-up of the same child by the same
 * informant, side by side.
 *
 * @param first the form, or the baseline of a pair
 * @param followUp the follow-up of a pair
 */
public record Section(ScoredForm first, Optional<ScoredForm> followUp) {

    /** Checks the parts. */
    public Section {
        Objects.requireNonNull(first, "first");
        followUp = followUp == null ? Optional.empty() : followUp;
    }

    /** Whether this is a baseline and follow-up pair. */
    public boolean isPair() {
        return followUp.isPresent();
    }

    /**
     * The pages for {@code forms}, in the order given: forms of the same child (same pseudonymous id, or both
     * without one) by the same informant make a pair when exactly one is a baseline; each of their follow-ups is
     * then shown beside that baseline. Every other form gets a page of its own.
     */
    public static List<Section> plan(List<ScoredForm> forms) {
        Map<String, List<ScoredForm>> byChild = new LinkedHashMap<>();
        for (ScoredForm f : forms) {
            byChild.computeIfAbsent(childKey(f), k -> new ArrayList<>()).add(f);
        }
        List<Section> sections = new ArrayList<>();
        for (List<ScoredForm> same : byChild.values()) {
            List<ScoredForm> baselines = same.stream().filter(f -> timepoint(f) == Timepoint.BASELINE).toList();
            List<ScoredForm> followUps = same.stream().filter(f -> timepoint(f) == Timepoint.FOLLOWUP).toList();
            if (baselines.size() == 1 && !followUps.isEmpty()) {
                followUps.forEach(f -> sections.add(new Section(baselines.get(0), Optional.of(f))));
            } else {
                same.forEach(f -> sections.add(new Section(f, Optional.empty())));
            }
        }
        return sections;
    }

    private static String childKey(ScoredForm f) {
        Informant informant = f.result().informant().orElse(f.definition().informant());
        return f.definition().family() + "|" + informant.code() + "|" + f.result().context().id().orElse("");
    }

    private static Timepoint timepoint(ScoredForm f) {
        return f.result().timepoint().orElse(f.definition().timepoint());
    }
}
