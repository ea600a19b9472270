package se.hlt.assessment.csv;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings a researcher's CSV export is read in: UTF-8, and Windows-1252, which Swedish spreadsheets write
 * when a file is saved as "CSV (semikolonavgränsad)". ISO-8859-1 is read as Windows-1252: the two agree on every
 * letter a Swedish file holds, and 1252 only adds printable characters (the euro sign, dashes, quotes) where
 * 8859-1 has control codes no export contains.
 */
public enum TextEncoding {
    /** UTF-8, with or without a byte order mark. */
    UTF_8("utf-8", StandardCharsets.UTF_8),
    /** Windows-1252 (also read for ISO-8859-1). */
    WINDOWS_1252("windows-1252", Charset.forName("windows-1252"));

    private final String label;
    private final Charset charset;

    TextEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /** The name a user reads and types, e.g. {@code windows-1252}. */
    public String label() {
        return label;
    }

    /** The JDK's charset. */
    public Charset charset() {
        return charset;
    }

    /** A decoder that reports bytes it cannot read, so that a file is refused rather than silently garbled. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The summary lines' phrase for the encodings read: empty when all are UTF-8 (so that those lines stay as
     * scripts know them), else e.g. {@code ; read as windows-1252}.
     */
    public static String phrase(java.util.Collection<TextEncoding> read) {
        if (read.stream().allMatch(e -> e == UTF_8)) {
            return "";
        }
        return "; read as " + String.join(", ", read.stream().map(TextEncoding::label).distinct().toList());
    }

    /** The encoding {@code text} names ({@code utf-8}, {@code utf8}, {@code windows-1252}, {@code cp1252}...). */
    public static Optional<TextEncoding> fromText(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "utf-8": case "utf8":
                return Optional.of(UTF_8);
            case "windows-1252": case "cp1252": case "1252": case "iso-8859-1": case "latin1": case "latin-1":
                return Optional.of(WINDOWS_1252);
            default:
                return Optional.empty();
        }
    }
}
