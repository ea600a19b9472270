package se.hlt.assessment.cli.report;

import java.util.Objects;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.scoring.FormResult;

/**
 * A form read for the report, scored, with its instrument version.
 *
 * @param origin where it was read from (a file name), for messages
 * @param result its result (valid: invalid forms are not reported)
 * @param definition its instrument version
 */
public record ScoredForm(String origin, FormResult result, InstrumentDefinition definition) {

    /** Checks every part and that the result is one of a valid form of this version. */
    public ScoredForm {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(definition, "definition");
        if (!result.isValid() || !result.instrument().equals(definition.id())) {
            throw new IllegalArgumentException(origin + ": only a valid result of " + definition.id() + " is reported");
        }
    }
}
