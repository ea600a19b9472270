package se.hlt.assessment.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import se.hlt.assessment.instrument.Informant;

/**
 * Reads {@code --informant} and {@code --rater} in any case; a wrong one is refused naming the informants as the
 * help writes them ({@code parent|teacher|self|other}), where picocli listed the enum's constants in capitals.
 */
final class InformantConverter implements ITypeConverter<Informant> {
    @Override
    public Informant convert(String value) {
        return Informant.tryParse(value).orElseThrow(() -> ValueExpected.of(Arrays.stream(Informant.values())
                .map(Informant::code).collect(Collectors.joining("|")), value));
    }
}
