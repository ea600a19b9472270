package se.hlt.assessment.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's page: {@code page.html} with its {@code {{placeholders}}} filled in, and {@code report.css}
 * inlined, so that the file needs nothing from the network or from beside it.
 */
final class PageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");

    private PageTemplate() {
    }

    /**
     * The whole page.
     *
     * @param language the page's language tag, {@code sv} or {@code en}
     * @param title the page title (plain text; escaped here)
     * @param body the page's content
     */
    static String fill(String language, String title, Html body) {
        Map<String, String> values = Map.of("lang", Html.escape(language), "title", Html.escape(title),
                "style", resource("report.css"), "body", body.toString());
        return fill(resource("page.html"), values);
    }

    /** {@code template} with each {@code {{name}}} replaced once, never re-reading what was put in. */
    static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + placeholder.group(1) + "}}");
            }
            placeholder.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(page);
        return page.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
