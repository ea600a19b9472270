package se.hlt.assessment.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang} option shared by the commands that print text for people. */
final class LanguageOption {

    /** The languages the output is written in. */
    enum Language { en, sv }

    @Option(names = "--lang", paramLabel = "en|sv",
            description = "Language of the output: en or sv (default: from the system locale, here ${DEFAULT-VALUE}).",
            defaultValue = "${sys:hlt.default.lang:-en}")
    Language lang;

    /** The messages for the chosen language. */
    Messages messages() {
        return Messages.of(Locale.forLanguageTag(lang.name()));
    }

    /** The language the system locale asks for: {@code sv} for a Swedish locale, else {@code en}. */
    static String systemDefault() {
        return "sv".equals(Locale.getDefault().getLanguage()) ? "sv" : "en";
    }
}
