package se.hlt.assessment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.scoring.ProblemKind;
import se.hlt.assessment.scoring.Texts;

/**
 * The problem texts in {@code ValidationMessages} are the core's own ({@link Texts}), word for word in both
 * languages, so the command line and a case system's form say the same; and every message has both languages.
 */
class ValidationMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyProblemTextIsTheCoresOwnInEnglishAndSwedish() throws IOException {
        Properties en = bundle("ValidationMessages");
        Properties sv = bundle("ValidationMessages_sv");
        for (ProblemKind kind : ProblemKind.values()) {
            String key = Finding.KEYS + "problem." + kind.code();
            assertEquals(Texts.get("problem." + kind.code(), Locale.ENGLISH).orElseThrow(), en.getProperty(key), key);
            assertEquals(Texts.get("problem." + kind.code(), Locale.forLanguageTag("sv")).orElseThrow(),
                    sv.getProperty(key), key);
        }
        for (int n = 1; Texts.get("allowed.phrase." + n, Locale.ENGLISH).isPresent(); n++) {
            String key = "allowed.phrase." + n;
            assertEquals(Texts.get(key, Locale.ENGLISH).orElseThrow(), en.getProperty(Finding.KEYS + key), key);
            assertEquals(Texts.get(key, Locale.forLanguageTag("sv")).orElseThrow(), sv.getProperty(Finding.KEYS + key),
                    key);
        }
        assertEquals(Texts.format("problem.allowed", Locale.ENGLISH, "").strip(),
                en.getProperty(Finding.KEYS + "problem.allowed"));
        assertEquals(Texts.format("problem.allowed", Locale.forLanguageTag("sv"), "").strip(),
                sv.getProperty(Finding.KEYS + "problem.allowed"));
    }

    @Test
    void everyMessageIsInBothLanguagesAndTheEnglishBundleIsTheDefault() throws IOException {
        Properties en = bundle("ValidationMessages");
        Properties sv = bundle("ValidationMessages_sv");
        assertEquals(en.keySet(), sv.keySet());
        assertEquals(en, bundle("ValidationMessages_en"));
        for (String key : en.stringPropertyNames()) {
            assertTrue(!en.getProperty(key).equals(sv.getProperty(key)), "translated: " + key);
        }
    }
}
