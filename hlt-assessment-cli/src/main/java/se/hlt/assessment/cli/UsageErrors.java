package se.hlt.assessment.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picocli's one-line answer to a wrong command line, in the user's language. Picocli writes its messages in
 * English only; the common ones (an unknown option, a missing one, a bad value) have fixed shapes, so their parts
 * are taken out and put into the bundle's sentence. A message of another shape is shown as picocli wrote it.
 */
final class UsageErrors {

    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("Unknown options?: (.+)"), "usage.error.unknown"),
            new Shape(Pattern.compile("Unmatched arguments? from index \\d+: (.+)"), "usage.error.unknown"),
            new Shape(Pattern.compile("Missing required options?: (.+)"), "usage.error.missing.option"),
            new Shape(Pattern.compile("Missing required parameters?: (.+)"), "usage.error.missing.parameter"),
            new Shape(Pattern.compile("Missing required parameter for option (\\S+) \\((.*)\\)"),
                    "usage.error.missing.value"),
            new Shape(Pattern.compile("Invalid value for (?:option|positional parameter[^(]*) ?(.*?): (?:expected (?:one "
                    + "of )?)?(.*?) (?:\\(case-insensitive\\) )?but was (.+)"), "usage.error.invalid"));

    private UsageErrors() {
    }

    /** {@code message} (picocli's) in the language of {@code m}; the whole message where no shape fits. */
    static String said(String message, Messages m) {
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = matcher.group(i + 1);
                }
                return m.get(shape.key(), parts);
            }
        }
        return message;
    }
}
