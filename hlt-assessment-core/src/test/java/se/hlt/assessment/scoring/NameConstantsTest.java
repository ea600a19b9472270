package se.hlt.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * The name constants ({@link SdqScores}, {@link OrsSrsScores}, {@link BandNames}) are only names for what the data
 * files define: each must be found in the shipped definitions and norms tables, so a renamed score or band fails
 * here instead of silently giving callers an empty optional.
 */
class NameConstantsTest {

    private final List<InstrumentDefinition> instruments = InstrumentCatalog.builtIn().all();

    @Test
    void everySdqScoreConstantIsAScoreOfEveryBuiltInSdqVersion() {
        List<InstrumentDefinition> sdq = instruments.stream().filter(d -> d.family().equals("sdq")).toList();
        assertFalse(sdq.isEmpty());
        for (String score : constants(SdqScores.class)) {
            for (InstrumentDefinition d : sdq) {
                assertTrue(d.scoreNames().contains(score), score + " in " + d.id());
            }
        }
        assertEquals(Set.copyOf(sdq.get(0).scoreNames()), Set.copyOf(constants(SdqScores.class)),
                "and every SDQ score has a constant");
    }

    @Test
    void everyOrsSrsConstantIsAScoreOfABuiltInSessionForm() {
        Set<String> scores = new HashSet<>();
        instruments.stream().filter(d -> d.family().equals("ors-srs")).forEach(d -> scores.addAll(d.scoreNames()));
        assertEquals(scores, Set.copyOf(constants(OrsSrsScores.class)));
    }

    @Test
    void everyBandConstantIsASchemeOrABandOfTheShippedDataWithLabelsInBothLanguages() {
        Set<String> schemes = new HashSet<>();
        instruments.forEach(d -> schemes.addAll(d.bandSchemes()));
        Set<String> bands = new HashSet<>();
        NormsCatalog.builtIn().all().forEach(t -> t.bands().ifPresent(b -> b.scores().values()
                .forEach(ranges -> ranges.stream().map(BandRange::band).forEach(bands::add))));
        for (String name : constants(BandNames.class)) {
            assertTrue(schemes.contains(name) || bands.contains(name), name);
            assertTrue(BandNames.label(name, Locale.ENGLISH).isPresent(), name);
            assertTrue(BandNames.label(name, Locale.forLanguageTag("sv")).isPresent(), name);
        }
        for (String band : bands) {
            assertTrue(BandNames.label(band, Locale.forLanguageTag("sv")).isPresent(), "a Swedish label: " + band);
        }
    }

    private static List<String> constants(Class<?> names) {
        List<String> values = new ArrayList<>();
        for (Field f : names.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertFalse(values.isEmpty(), names.getSimpleName());
        return values;
    }
}
