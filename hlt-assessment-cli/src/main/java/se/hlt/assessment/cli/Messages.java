package se.hlt.assessment.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Texts;

/**
 * The command line's texts in one language, from the {@code messages} resource bundles (English and Swedish),
 * and the library's own texts for problems, warnings and bands ({@link Texts}), which live in the core only.
 */
public final class Messages {

    static final String BUNDLE = "se.hlt.assessment.cli.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.of(BUNDLE, locale);
    }

    /** The texts for {@code locale}: Swedish for any Swedish locale, English otherwise. */
    public static Messages of(Locale locale) {
        return new Messages("sv".equals(locale.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
    }

    /** The language the texts are in. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in. An argument that holds a personal
     * identity number (a file named after a child, a value quoted back) is withheld, never echoed: every message of
     * the command line passes here, so none can print one.
     */
    public String get(String key, Object... args) {
        String pattern = pattern(key).orElseThrow(() -> new MissingResourceException("no text " + key, BUNDLE,
                key));
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** {@code value}, or a note that it is withheld when its text holds a personal identity number. */
    public Object shown(Object value) {
        // a number too: an option's integer (a session, an age) can be a personal number typed in the wrong place
        boolean text = value instanceof CharSequence || value instanceof java.nio.file.Path
                || value instanceof Long || value instanceof Integer;
        return text && PersonalIdentityNumbers.looksLike(value.toString()) ? bundle.getString("withheld") : value;
    }

    /**
     * Why a file could not be read or written, as a sentence in this language: never an exception's name, which
     * tells a user nothing (a folder, a missing folder, a pipe, a name too long, text that is not UTF-8...).
     */
    public String ioReason(Throwable error) {
        String said = String.valueOf(error.getMessage()) + " " + (error instanceof java.nio.file.FileSystemException f
                ? String.valueOf(f.getReason()) : "");
        String key = error instanceof java.nio.charset.CharacterCodingException ? "io.not_utf8"
                : error instanceof java.nio.file.NoSuchFileException ? "io.no_such_file"
                : error instanceof java.nio.file.AccessDeniedException ? "io.access_denied"
                : error instanceof java.nio.file.FileSystemLoopException || said.contains("levels of symbolic links")
                        ? "io.link_loop"
                : said.contains("Is a directory") ? "io.is_a_folder"
                : said.contains("File name too long") ? "io.name_too_long"
                : said.contains("Illegal seek") ? "io.not_a_file"
                : said.contains("No space left") ? "io.no_space"
                : said.contains("Read-only file system") ? "io.read_only"
                : error.getCause() != null && error.getCause() != error ? "" : "io.other";
        return key.isEmpty() ? ioReason(error.getCause()) : bundle.getString(key);
    }

    /**
     * The file an error is about, as far as it tells, shown as {@link #shown} shows it: an output's temporary
     * name ({@code .OUT.PID-RANDOM.part}) stands for the output; {@code fallback} when the error names none.
     */
    public Object ioFile(Throwable error, Object fallback) {
        if (error instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return shown(f.getFile().replaceFirst("(^|/)\\.([^/]*)\\.\\d+-[0-9a-z]+\\.part$", "$1$2"));
        }
        return shown(fallback);
    }

    /** The text for {@code key} if the bundle has one, otherwise {@code fallback}. */
    public String getOrElse(String key, String fallback) {
        return pattern(key).orElse(fallback);
    }

    /**
     * The command line's own text for {@code key}, or the library's ({@link Texts}: problems, warnings, bands),
     * which are written once, in the core, so that a case system's user interface says what {@code hlt} says.
     */
    private java.util.Optional<String> pattern(String key) {
        if (bundle.containsKey(key)) {
            return java.util.Optional.of(bundle.getString(key));
        }
        return Texts.get(key, locale);
    }
}
