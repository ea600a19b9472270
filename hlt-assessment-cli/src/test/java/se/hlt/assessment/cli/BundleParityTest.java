package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages: for each pair of bundles (the command line's messages, the {@code --help}
 * texts, the core's texts), the same keys in English and Swedish, and no Swedish text that is still the English
 * one, except the few that are the same in both languages (names, codes, words Swedish shares). The validation
 * module's messages have the same test there (ValidationMessagesTest), as that module is not a dependency here.
 */
class BundleParityTest {

    /** Texts that are rightly the same in Swedish: names, codes, and words that Swedish spells the same. */
    private static final Map<String, Set<String>> SAME_IN_BOTH = Map.of(
            "se/hlt/assessment/cli/messages", Set.of("child.id", "status", "instruments.id", "instruments.version",
                    "norms.id", "enter.prompt.version", "enter.prompt.question", "enter.ors.prompt.mark", "report.avs",
                    "cohort.col.p.t", "cohort.col.p.w"),
            "se/hlt/assessment/cli/help", Set.of(),
            "se/hlt/assessment/scoring/texts", Set.of("band.normal"));

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "no bundle " + name);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndSwedishAndEveryTextIsTranslated() throws IOException {
        for (var bundle : SAME_IN_BOTH.entrySet()) {
            Properties en = load(bundle.getKey() + "_en.properties");
            Properties sv = load(bundle.getKey() + "_sv.properties");
            assertTrue(en.size() > 30, bundle.getKey() + " has " + en.size() + " texts");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(sv.stringPropertyNames()),
                    bundle.getKey() + ": keys in one language only");
            Set<String> untranslated = new TreeSet<>();
            for (String key : en.stringPropertyNames()) {
                String english = en.getProperty(key);
                // an example command line of a help footer is the same command in either language
                boolean example = english.startsWith("  ") || english.startsWith(" hlt");
                if (english.equals(sv.getProperty(key)) && !example && !bundle.getValue().contains(key)) {
                    untranslated.add(key);
                }
            }
            assertEquals(Set.of(), untranslated, bundle.getKey() + ": Swedish texts still in English");
            for (String key : bundle.getValue()) {
                assertEquals(en.getProperty(key), sv.getProperty(key), "whitelisted but translated now: " + key);
            }
        }
    }
}
