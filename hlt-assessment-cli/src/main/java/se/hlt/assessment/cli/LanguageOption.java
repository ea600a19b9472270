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

    /**
     * The language a command line asks for, read before picocli parses it: the help texts must be chosen before
     * the parse that prints them ({@code --lang sv --help}). The last {@code --lang} wins, as in picocli; without
     * one, or with a value picocli will refuse, the default ({@code hlt.default.lang}, from the system locale).
     */
    static Locale requested(String[] args) {
        String chosen = System.getProperty("hlt.default.lang", systemDefault());
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : "";
            if (value.equalsIgnoreCase("sv") || value.equalsIgnoreCase("en")) {
                chosen = value.toLowerCase(Locale.ROOT);
            }
        }
        return Locale.forLanguageTag(chosen);
    }

    /** The {@code --help} texts of every command in {@code locale}'s language: Swedish or English. */
    static java.util.ResourceBundle helpTexts(Locale locale) {
        Locale language = "sv".equals(locale.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
        return Bundles.of("se.hlt.assessment.cli.help", language);
    }

    /** The language the system locale asks for: {@code sv} for a Swedish locale, else {@code en}. */
    static String systemDefault() {
        return "sv".equals(Locale.getDefault().getLanguage()) ? "sv" : "en";
    }
}
