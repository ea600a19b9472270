package se.hlt.assessment.csv;

import java.util.Set;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.NormsChoice;
import se.hlt.assessment.scoring.Scorer;

/**
 * What {@code hlt compare} writes a pairs file with and {@code hlt cohort} reads it back with: the definitions
 * and norms tables (in a scorer), the SDQ's column vocabulary, and the Added Value Score model. Both use cases
 * take the same, so that a file one writes the other reads.
 *
 * @param scorer the definitions and norms; it makes no z-score comparisons, which the pairs file does not use
 * @param vocabulary the SDQ column names of those definitions
 * @param model the Added Value Score model
 */
record PairsKnowledge(Scorer scorer, SdqVocabulary vocabulary, AddedValueModel model) {

    /** The built-in definitions and norms tables, and the Added Value Score model of Ford et al. (2009). */
    static PairsKnowledge builtIn() {
        Scorer scorer = Scorer.of(InstrumentCatalog.builtIn(), NormsCatalog.builtIn(), NormsChoice.tables(Set.of()));
        return new PairsKnowledge(scorer, new SdqVocabulary(scorer), AddedValueModel.ford2009());
    }
}
