package se.hlt.assessment.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's texts in one language, from the {@code messages} resource bundles (English and Swedish).
 */
public final class Messages {

    static final String BUNDLE = "se.hlt.assessment.cli.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts for {@code locale}: Swedish for any Swedish locale, English otherwise. */
    public static Messages of(Locale locale) {
        return new Messages("sv".equals(locale.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
    }

    /** The language the texts are in. */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key} if the bundle has one, otherwise {@code fallback}. */
    public String getOrElse(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
