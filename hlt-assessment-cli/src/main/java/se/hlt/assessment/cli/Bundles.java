package se.hlt.assessment.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's resource bundles ({@code messages}, {@code help}): each language's {@code .properties} file
 * alone, without the root bundle above it. There is no root file, and looking for one searched the whole class
 * path: every jar in {@code lib/} opened and its directory read, 25 ms of {@code hlt score}'s start (profiled).
 */
final class Bundles {

    /** The language's own file and nothing else: no parent, no fallback to the system's locale. */
    private static final ResourceBundle.Control OWN_FILE_ONLY = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private Bundles() {
    }

    /** Bundle {@code baseName} in {@code language} ({@code en} or {@code sv}), from this module's file for it. */
    static ResourceBundle of(String baseName, Locale language) {
        return ResourceBundle.getBundle(baseName, language, OWN_FILE_ONLY);
    }
}
