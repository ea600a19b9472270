package se.hlt.assessment.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The library's texts that a user reads, in English and Swedish: what a {@link Problem} and a {@link Warning}
 * say, and the names of bands and band schemes. One place for them, read by {@link Problem#message(Locale)},
 * {@link Warning#message(Locale)}, {@link BandNames#label(String, Locale)}, the command line and the validation
 * module, so that a Swedish user interface built on the library says what {@code hlt} says.
 *
 * <p>Keys: {@code problem.<kind>} and {@code problem.allowed}, {@code warning.<kind>} (arguments: the field and
 * the detail), {@code band.<band>} and {@code scheme.<scheme>}. Read as plain properties files from this module's
 * own package, so that it works the same on the class path and the module path.
 */
public final class Texts {

    private static final Properties ENGLISH = load("texts_en.properties");
    private static final Properties SWEDISH = load("texts_sv.properties");

    private Texts() {
    }

    /** The text for {@code key} in Swedish for any Swedish locale, in English otherwise; empty if there is none. */
    public static Optional<String> get(String key, Locale locale) {
        Properties texts = "sv".equals(locale.getLanguage()) ? SWEDISH : ENGLISH;
        return Optional.ofNullable(texts.getProperty(key));
    }

    /**
     * The text for {@code key} with {@code {0}}-style arguments filled in.
     *
     * @throws IllegalArgumentException if there is no such text (a programming mistake: keys are fixed)
     */
    public static String format(String key, Locale locale, Object... args) {
        String pattern = get(key, locale).orElseThrow(() -> new IllegalArgumentException("no text " + key));
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * What is allowed ({@code 0, 1, 2 or empty}, {@code whole years from 0 to 120, or empty}) in the language of
     * {@code locale}. These are built in English where a rule is checked, from codes and bounds; their few words
     * are translated here, phrase by phrase, from the {@code allowed.phrase.N} texts (longest first, so that
     * {@code or empty} goes before {@code or}). Codes such as {@code baseline} or {@code self} stay as they are:
     * they are what the file must hold.
     */
    public static String allowed(String english, Locale locale) {
        if (!"sv".equals(locale.getLanguage())) {
            return english;
        }
        String text = english;
        for (int n = 1; ENGLISH.getProperty("allowed.phrase." + n) != null; n++) {
            text = text.replace(ENGLISH.getProperty("allowed.phrase." + n), SWEDISH.getProperty("allowed.phrase." + n));
        }
        return text;
    }

    private static Properties load(String name) {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the library's texts are missing: " + name);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
