package se.hlt.assessment.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * Which encoding the files a run writes are in: the input's, so that the spreadsheet that saved the export opens
 * the results as it opened the export, or UTF-8 whatever the input was (for R, Python or SPSS, which read UTF-8
 * by default); UTF-8 written from a Windows-1252 input starts with a byte order mark, so that a spreadsheet takes
 * it for UTF-8 too.
 */
public enum OutputEncoding {
    /** The input's encoding (the default). */
    INPUT,
    /** UTF-8. */
    UTF_8;

    /** {@code input} or {@code utf-8} (also {@code utf8}), any case. */
    public static Optional<OutputEncoding> fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "input":
                return Optional.of(INPUT);
            case "utf-8": case "utf8":
                return Optional.of(UTF_8);
            default:
                return Optional.empty();
        }
    }
}
