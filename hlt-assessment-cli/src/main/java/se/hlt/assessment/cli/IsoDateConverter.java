package se.hlt.assessment.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Reads a {@code --date} written as ISO 8601 ({@code 2025-03-14}); anything else is refused as such. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValueExpected.of("YYYY-MM-DD", value);
        }
    }
}
