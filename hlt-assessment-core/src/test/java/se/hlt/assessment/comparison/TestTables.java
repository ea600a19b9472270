package se.hlt.assessment.comparison;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Confidence;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.norms.MeanSd;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.Reliability;

/** Small in-memory norms tables for tests, so that a test states the numbers it uses. */
final class TestTables {

    private TestTables() {
    }

    /** A parent SDQ 4-17 table with one score's SD and alpha. */
    static NormTable withSdAndAlpha(String id, String score, double sd, double alpha) {
        return table(id, Informant.PARENT, Map.of(score, new MeanSd(0, sd)),
                Optional.of(new Reliability("cronbach_alpha", Map.of(score, alpha))));
    }

    /** A parent SDQ 4-17 table with SDs only. */
    static NormTable withSd(String id, Informant informant, String score, double sd) {
        return table(id, informant, Map.of(score, new MeanSd(0, sd)), Optional.empty());
    }

    /** A table of the given informant with alphas only. */
    static NormTable withAlpha(String id, Informant informant, String score, double alpha) {
        return table(id, informant, Map.of(), Optional.of(new Reliability("cronbach_alpha", Map.of(score, alpha))));
    }

    private static NormTable table(String id, Informant informant, Map<String, MeanSd> meanSd,
                                   Optional<Reliability> reliability) {
        return new NormTable(id, Label.of(id, id), "sdq", List.of("4-17"), informant, AgeRange.of(4, 17), "all",
                "GB", OptionalInt.empty(), Source.of("A table made up for a test.", Confidence.PROVISIONAL),
                meanSd, reliability, Optional.empty());
    }
}
