package se.hlt.assessment.cli.report;

import java.util.regex.Pattern;

/**
 * A tiny builder of well-formed HTML (and inline SVG): every text and attribute value is escaped, every element
 * is closed, so the same page is valid HTML for a browser and well-formed XML for the PDF renderer.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    /** Opens {@code tag} with attributes given as name, value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with no content, such as {@code <rect .../>} or {@code <meta .../>}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /**
     * An element holding only {@code text}. In a table cell a slash between two letters is marked as a place to
     * break the line ({@code <wbr/>}): the browser does not break after a slash by itself, so that
     * "Hyperaktivitet/koncentrationssvårigheter" would otherwise run out of a narrow column as one long word.
     */
    Html element(String tag, String text, String... attributes) {
        open(tag, attributes);
        if (tag.equals("td") || tag.equals("th")) {
            out.append(SLASH_BETWEEN_LETTERS.matcher(escape(text)).replaceAll("/<wbr/>"));
        } else {
            text(text);
        }
        return close(tag);
    }

    private static final Pattern SLASH_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");

    /** Text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup built by another builder (already escaped). */
    Html append(Html markup) {
        out.append(markup.out);
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /** {@code text} with the five characters that are special in HTML and XML escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
