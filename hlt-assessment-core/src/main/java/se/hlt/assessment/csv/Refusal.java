package se.hlt.assessment.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an input file was refused as a whole. Nothing is written for a refused file.
 *
 * @param kind what is wrong
 * @param arguments the specifics the message names (columns, rows, option values; never a cell's value)
 */
public record Refusal(RefusalKind kind, List<String> arguments) {

    /** Checks the kind and copies the arguments. */
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    /** A refusal of {@code kind} with these arguments. */
    public static Refusal of(RefusalKind kind, Object... arguments) {
        return new Refusal(kind, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The refusal in one English sentence. */
    public String message() {
        return new MessageFormat(kind.englishTemplate(), Locale.ROOT).format(arguments.toArray());
    }
}
