package se.hlt.assessment.json;

import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;

/**
 * Whether a user's text is JSON at all, parsed as {@link FormJson} and {@link SeriesJson} parse it: for a tool that
 * refuses a file that is not JSON as a whole before reading it as a form or a series.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /**
     * Why {@code text} is not JSON, with where, in the language of {@code locale} (Swedish for any Swedish locale,
     * else English), e.g. {@code inte giltig JSON på rad 2, kolumn 1}; empty when it is JSON of any shape.
     */
    public static Optional<String> problem(String text, Locale locale) {
        Checked<?> parsed = DataFiles.readTree(text, JsonObjects.words(locale));
        return parsed.isOk() ? Optional.empty() : Optional.of(parsed.problems().get(0));
    }
}
