package se.hlt.assessment.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.TableRef;

/**
 * The norms tables chosen for one child's reliable change indexes, and the basis of each score that has one. A
 * score without a basis gets no reliable change index, and {@link #notes()} say why.
 *
 * @param sdTable the table the SDs come from: one that fits the child's age and sex; empty when none fits
 * @param reliabilityTable the table the reliabilities come from: one that fits the child's age and sex, as the SD
 *     table must; empty when none fits or there is none for the informant
 * @param bases score name &rarr; the SD and reliability of that score, for each score that has both
 * @param reasons why there is no index at all, as values (empty when both tables were found)
 * @param notes why a score that some norms table covers has no basis here, in English and Swedish (as
 *     {@code hlt compare}'s {@code rci_note} says it); empty when all have one
 */
public record ReliableChangeChoice(Optional<TableRef> sdTable, Optional<TableRef> reliabilityTable,
                                   Map<String, ReliableChangeBasis> bases, List<NoReliableChangeReason> reasons,
                                   List<Label> notes) {

    /** Normalises absent optionals and copies the map (keeping its order) and the lists. */
    public ReliableChangeChoice {
        sdTable = sdTable == null ? Optional.empty() : sdTable;
        reliabilityTable = reliabilityTable == null ? Optional.empty() : reliabilityTable;
        Objects.requireNonNull(bases, "bases");
        bases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bases));
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    /** The basis of {@code score}, if it has one. */
    public Optional<ReliableChangeBasis> basis(String score) {
        return Optional.ofNullable(bases.get(score));
    }
}
