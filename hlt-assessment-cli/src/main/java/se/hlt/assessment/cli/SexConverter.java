package se.hlt.assessment.cli;

import picocli.CommandLine.ITypeConverter;
import se.hlt.assessment.instrument.Sex;

/** Reads a sex option in any of its usual spellings ({@code female}, {@code f}, {@code flicka}...). */
final class SexConverter implements ITypeConverter<Sex> {

    @Override
    public Sex convert(String value) {
        try {
            return Sex.parse(value);
        } catch (IllegalArgumentException e) {
            throw ValueExpected.of("female|male", value);
        }
    }
}
