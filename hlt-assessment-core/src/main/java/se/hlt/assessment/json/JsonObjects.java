package se.hlt.assessment.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.data.JsonWords;
import se.hlt.assessment.scoring.Texts;

/** The parsing that every JSON input of this package shares: {@link DataFiles#readTree}, and an object on top. */
final class JsonObjects {

    private JsonObjects() {
    }

    /**
     * The JSON object of {@code json}, or why the text is not one, in the language of {@code locale}.
     *
     * @param notAnObject the key of the text that says what the object should be, e.g. {@code json.form_not_an_object}
     */
    static Checked<JsonNode> read(String json, String notAnObject, Locale locale) {
        Checked<JsonNode> root = DataFiles.readTree(json, words(locale));
        if (root.isOk() && !root.orElseThrow().isObject()) {
            return Checked.failed(List.of(Texts.format(notAnObject, locale)));
        }
        return root;
    }

    /** The words of a JSON problem in the language of {@code locale}, from the library's texts. */
    static JsonWords words(Locale locale) {
        return new JsonWords() {
            @Override
            public String notValid() {
                return Texts.format("json.not_valid", locale);
            }

            @Override
            public String trailing() {
                return Texts.format("json.trailing", locale);
            }

            @Override
            public String numberTooLarge() {
                return Texts.format("json.number_too_large", locale);
            }

            @Override
            public String givenTwice(String path) {
                return Texts.format("json.given_twice", locale, path);
            }

            @Override
            public String overLimit(String detail) {
                return Texts.format("json.over_limit", locale, detail);
            }

            @Override
            public String at(long line, long column) {
                return Texts.format("json.at", locale, line, column);
            }
        };
    }
}
