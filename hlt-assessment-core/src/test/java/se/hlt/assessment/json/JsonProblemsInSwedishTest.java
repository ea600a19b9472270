package se.hlt.assessment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.JsonWords;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.privacy.SyntheticIdentityNumbers;

/**
 * A form or a series given as JSON is refused in the user's language: every problem {@link FormJson},
 * {@link SeriesJson} and {@link JsonSyntax} can name comes out in Swedish for a Swedish locale, with no English left
 * in it but the JSON's own field names and codes, and in English exactly as before. The inputs below reach every
 * text of the library's {@code json.*} keys, which the last test checks.
 */
class JsonProblemsInSwedishTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final InstrumentCatalog INSTRUMENTS = InstrumentCatalog.builtIn();
    private static final String PERSONAL = SyntheticIdentityNumbers.tenDigits("120304", "123");

    /** Forms, each wrong in one or more ways. */
    private static final List<String> FORMS = List.of(
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"foo\": 1}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"answers\": [1]}",
            "{\"informant\": \"mamma\", \"version\": \"4-17\"}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"timepoint\": \"igår\"}",
            "{\"instrument\": 5}",
            "{\"instrument\": \"" + PERSONAL + "\"}",
            "{\"answers\": {}}",
            "{\"informant\": \"parent\", \"version\": \"9-99\", \"timepoint\": \"baseline\"}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"informant\": \"teacher\"}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"answers\": {\"" + PERSONAL + "\": 1}}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"answers\": {\"consid\": \"x\"}}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"items\": {\"consid\": 1}, \"answers\": {\"consid\": 2}}",
            "{\"instrument\": \"ors\", \"answers\": {\"individually\": 6.25, \"overall\": \"high\"}}",
            "{\"instrument\": \"ors\", \"answers\": {\"individually\": 6.2}, \"items\": {\"individually\": 6.1}}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"id\": [1], \"age\": \"nio\", \"sex\": \"q\","
                    + " \"date\": \"igår\", \"rater\": \"granne\"}",
            "{\"instrument\": \"sdq-p-4-17-baseline\", \"id\": \"" + PERSONAL + "\"}",
            "[1]");

    /** Series, each wrong in one or more ways. */
    private static final List<String> SERIES = List.of(
            "{\"client\": \"k-1\", \"bar\": 1, \"episode\": \"" + PERSONAL + "\", \"sessions\": 3}",
            "{\"sessions\": []}",
            "{\"client\": \"" + PERSONAL + "\", \"sessions\": []}",
            "{\"client\": \"k-1\", \"sessions\": [1, {\"instrument\": \"ors\", \"session\": 0, \"date\": \"igår\","
                    + " \"id\": \"k-2\", \"answers\": {}}]}",
            "[1]");

    /** Texts that are not JSON, each in its own way. */
    private static final List<String> NOT_JSON = List.of(
            "{\"a\": ",
            "{} {}",
            "{\"a\": 9e999999999999999999}",
            "{\"a\": 1, \"a\": 2}",
            "[".repeat(1001) + "]".repeat(1001));

    /** Words of the English problems that a Swedish one must not have. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(must|not a|is not|missing|given twice|answered twice|or empty|at line|column|contradicts|looks like"
                    + "|has more than|leave it out|allowed|larger than|more JSON)\\b");

    private static List<String> problems(Locale locale) {
        List<String> all = new ArrayList<>();
        FORMS.forEach(json -> all.addAll(FormJson.read(json, INSTRUMENTS, locale).problems()));
        SERIES.forEach(json -> all.addAll(SeriesJson.read(json, INSTRUMENTS, locale).problems()));
        NOT_JSON.forEach(json -> all.add(JsonSyntax.problem(json, locale).orElseThrow()));
        return all;
    }

    @Test
    void everyProblemIsInSwedishForASwedishUser() {
        List<String> swedish = problems(SWEDISH);
        assertTrue(swedish.size() > 35, swedish.toString());
        for (String problem : swedish) {
            // the limit's own detail comes from the parser, in English: only the sentence around it is ours
            String ours = problem.replaceFirst("(?<=tillåter: ).*", "");
            assertFalse(ENGLISH.matcher(ours).find(), problem);
            assertFalse(problem.contains(PERSONAL), problem);
        }
    }

    @Test
    void theEnglishProblemsAreAsBefore() {
        List<String> english = problems(Locale.ENGLISH);
        assertEquals(english, problems(Locale.forLanguageTag("en-GB")));
        for (String expected : List.of(
                "foo: not a field of a form",
                "answers: must be an object of question name to code",
                "informant: must be parent, teacher or self",
                "instrument: no sdq version 9-99 for informant parent at baseline",
                "informant: contradicts the instrument id (the instrument sdq-p-4-17-baseline says parent)",
                "answers.consid: \"x\" is not a whole number (a code as ticked, or null when unanswered)",
                "answers.individually: \"6.25\" has more than one decimal (allowed: 0.0 to 10.0)",
                "answers.overall: \"high\" is not a number (a number such as 10.0, or null when unanswered)",
                "age: must be the child's age in whole years",
                "sessions[2].id: differs from the series' client; leave it out",
                "a form is a JSON object",
                "not valid JSON at line 1, column 7",
                "a: given twice at line 1, column 13")) {
            assertTrue(english.contains(expected), expected + " not in " + english);
        }
    }

    @Test
    void swedishSaysWhereInSwedish() {
        assertEquals("inte giltig JSON på rad 1, kolumn 7", JsonSyntax.problem("{\"a\": ", SWEDISH).orElseThrow());
        assertEquals("a: anges två gånger på rad 1, kolumn 13",
                JsonSyntax.problem("{\"a\": 1, \"a\": 2}", SWEDISH).orElseThrow());
        assertEquals(List.of("answers.consid: \"x\" är inget heltal (koden som kryssats i, eller null när frågan är"
                + " obesvarad)"), FormJson.read(FORMS.get(10), INSTRUMENTS, SWEDISH).problems());
    }

    @Test
    void theDataLayersEnglishWordsAreTheTextsEnglish() {
        JsonWords texts = JsonObjects.words(Locale.ENGLISH);
        JsonWords data = JsonWords.ENGLISH;
        assertEquals(data.notValid(), texts.notValid());
        assertEquals(data.trailing(), texts.trailing());
        assertEquals(data.numberTooLarge(), texts.numberTooLarge());
        assertEquals(data.givenTwice("answers.consid"), texts.givenTwice("answers.consid"));
        assertEquals(data.overLimit("depth 1001"), texts.overLimit("depth 1001"));
        assertEquals(data.at(12345, 7), texts.at(12345, 7));
    }

    /** Each {@code json.*} text, its arguments as wildcards, is one of the problems the inputs above give. */
    @Test
    void theInputsReachEveryText() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = se.hlt.assessment.scoring.Texts.class.getResourceAsStream("texts_sv.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> swedish = problems(SWEDISH);
        TreeSet<String> unreached = new TreeSet<>();
        for (String key : texts.stringPropertyNames()) {
            if (!key.startsWith("json.")) {
                continue;
            }
            Pattern text = Pattern.compile(".*" + wildcards(texts.getProperty(key)) + ".*", Pattern.DOTALL);
            if (swedish.stream().noneMatch(p -> text.matcher(p).matches())) {
                unreached.add(key);
            }
        }
        assertTrue(texts.stringPropertyNames().stream().filter(k -> k.startsWith("json.")).count() > 35);
        assertEquals(new TreeSet<>(), unreached);
    }

    /** A MessageFormat pattern as a regular expression: its text quoted, each argument any text. */
    private static String wildcards(String pattern) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.replace("''", "'").toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    regex.append(Pattern.quote(literal.toString())).append(".*");
                    literal.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }
}
