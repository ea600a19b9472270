package se.hlt.assessment.cli;

import picocli.CommandLine.ITypeConverter;
import se.hlt.assessment.instrument.Timepoint;

/** Reads a timepoint option in any of its usual spellings ({@code followup}, {@code follow-up}, {@code t2}...). */
final class TimepointConverter implements ITypeConverter<Timepoint> {

    @Override
    public Timepoint convert(String value) {
        try {
            return Timepoint.parse(value);
        } catch (IllegalArgumentException e) {
            throw ValueExpected.of("baseline|followup", value);
        }
    }
}
