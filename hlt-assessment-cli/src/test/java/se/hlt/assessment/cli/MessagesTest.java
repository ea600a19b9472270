package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> en = keys("en");
        Set<String> sv = keys("sv");
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(sv);
        Set<String> onlySv = new TreeSet<>(sv);
        onlySv.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing in Swedish");
        assertEquals(Set.of(), onlySv, "keys missing in English");
        assertTrue(en.size() > 50);
    }

    @Test
    void swedishIsChosenForASwedishLocaleAndEnglishOtherwise() {
        assertEquals("Skala", Messages.of(java.util.Locale.forLanguageTag("sv-SE")).get("column.scale"));
        assertEquals("Scale", Messages.of(java.util.Locale.forLanguageTag("de-DE")).get("column.scale"));
    }

    @Test
    void everyBandProblemAndWarningKindHasAText() {
        Messages en = Messages.of(java.util.Locale.ENGLISH);
        for (var kind : se.hlt.assessment.scoring.ProblemKind.values()) {
            en.get("problem." + kind.code());
        }
        for (var kind : se.hlt.assessment.scoring.WarningKind.values()) {
            en.get("warning." + kind.code(), "f", "d");
        }
        for (var status : se.hlt.assessment.scoring.Status.values()) {
            en.get("status." + status.code());
        }
    }

    @Test
    void everyRaterTimepointAlertSeriesProblemAndRefusalHasATextInBothLanguages() {
        for (String language : java.util.List.of("en", "sv")) {
            Messages m = Messages.of(java.util.Locale.forLanguageTag(language));
            for (var rater : se.hlt.assessment.instrument.Informant.values()) {
                m.get("informant." + rater.code());
            }
            for (var timepoint : se.hlt.assessment.instrument.Timepoint.values()) {
                m.get("timepoint." + timepoint.code());
            }
            for (var alert : se.hlt.assessment.series.AlertKind.values()) {
                m.get("alert." + alert.code(), "1", "2", "s");
            }
            for (var problem : se.hlt.assessment.series.SeriesProblemKind.values()) {
                m.get("series.problem." + problem.code(), "1", "2");
            }
            for (var refusal : se.hlt.assessment.csv.RefusalKind.values()) {
                m.get("batch.refused." + refusal.code(), "1", "2");
            }
            for (var status : se.hlt.assessment.comparison.ChangeStatus.values()) {
                m.get("series.status." + status.code());
            }
        }
    }
}
