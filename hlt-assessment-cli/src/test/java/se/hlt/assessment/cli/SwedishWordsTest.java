package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One Swedish word for each thing, on screen, in files and on pages: "första skattning" for the first form (never
 * "baslinje" or "första mätning"), "uppföljning" for the second, "samtal" for a session, and "uppräknad" for a
 * prorated score ("skattad" means rated, which every form is). Column names, options and file names that are
 * code ({@code session}, {@code --session}, {@code ors-sessions.csv}) stay as they are.
 */
class SwedishWordsTest {

    /** The words the Swedish texts must not use, with the one to use instead. */
    private static final Map<Pattern, String> REJECTED = Map.of(
            Pattern.compile("(?iU)baslinj"), "första skattning",
            Pattern.compile("(?iU)första mätning"), "första skattning",
            Pattern.compile("(?iU)\\bsession"), "samtal",
            Pattern.compile("(?iU)\\bskattad\\b"), "uppräknad (a prorated score)",
            Pattern.compile("(?iU)prorater"), "uppräknad, uppräkning");

    /** Code in a text: column names in a list, options, fields named at the start, files. */
    private static final Pattern CODE = Pattern.compile("--session|\\w*_session\\w*|session_\\w+|\\bsessions?\\b"
            + "(?=\\.csv)|ors-sessions|sSESSION|(?<=episode, )session|(?<=intake_to, )session|^sessions?: |\\bsessions,"
            // a series' JSON field named in its problem, after the session's place ({0}): sessions[2].session
            + "|(?<=\\})session: ");

    private static Properties classpath(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = SwedishWordsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, "no bundle " + name);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** Every Swedish text of the command line, the library and the validation module, by bundle and key. */
    private static Map<String, String> swedishTexts() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>(Map.of(
                "messages", classpath("se/hlt/assessment/cli/messages_sv.properties"),
                "help", classpath("se/hlt/assessment/cli/help_sv.properties"),
                "texts", classpath("se/hlt/assessment/scoring/texts_sv.properties")));
        Path validation = Path.of("../hlt-assessment-validation/src/main/resources/ValidationMessages_sv.properties");
        assertTrue(Files.exists(validation), validation.toAbsolutePath().toString());
        Properties v = new Properties();
        try (var reader = Files.newBufferedReader(validation, StandardCharsets.UTF_8)) {
            v.load(reader);
        }
        bundles.put("validation", v);
        Map<String, String> all = new TreeMap<>();
        bundles.forEach((name, texts) -> texts.stringPropertyNames()
                .forEach(key -> all.put(name + ": " + key, texts.getProperty(key))));
        return all;
    }

    @Test
    void theSwedishTextsUseOneWordForEachThing() throws IOException {
        Map<String, String> texts = swedishTexts();
        assertTrue(texts.size() > 500, "all bundles read: " + texts.size());
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            // the words Swedish exports are read in (timepoint values such as baslinje) are input, not our wording
            if (text.getKey().endsWith(".also")) {
                continue;
            }
            String words = CODE.matcher(text.getValue()).replaceAll(" ");
            REJECTED.forEach((rejected, instead) -> {
                if (rejected.matcher(words).find()) {
                    found.add(text.getKey() + " uses " + rejected.pattern() + " (write " + instead + "): "
                            + text.getValue());
                }
            });
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsARejectedWord() {
        // the test must be able to fail: each rejected word is found in a sentence that uses it
        for (String sentence : List.of("vid baslinjen", "första mätningen", "varje session", "Sessionens datum",
                "skattad: några poäng", "proratering")) {
            String words = CODE.matcher(sentence).replaceAll(" ");
            assertTrue(REJECTED.keySet().stream().anyMatch(p -> p.matcher(words).find()), sentence);
        }
        String code = CODE.matcher("--session 3, client, episode, session, date, ors-sessions.csv").replaceAll(" ");
        assertTrue(REJECTED.keySet().stream().noneMatch(p -> p.matcher(code).find()), code);
        String fields = CODE.matcher("{0}session: ska vara samtalets nummer").replaceAll(" ")
                + CODE.matcher("sessions: ska vara en lista").replaceAll(" ");
        assertTrue(REJECTED.keySet().stream().noneMatch(p -> p.matcher(fields).find()), fields);
    }
}
