package se.hlt.assessment.instrument;

import java.util.Locale;
import java.util.Objects;

/**
 * A short name in English and Swedish, such as a scale name ("Emotional problems", "Emotionella symtom").
 *
 * @param en the English text
 * @param sv the Swedish text
 */
public record Label(String en, String sv) {

    /** Checks that both texts are present. */
    public Label {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(sv, "sv");
    }

    /** Returns a label with an English and a Swedish text. */
    public static Label of(String en, String sv) {
        return new Label(en, sv);
    }

    /** The text for {@code locale}: Swedish for a Swedish locale, English otherwise. */
    public String in(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? sv : en;
    }
}
