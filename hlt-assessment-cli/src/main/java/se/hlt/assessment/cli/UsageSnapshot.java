package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;

/**
 * The usage of {@code hlt} as picocli renders it, kept as text, one per language, plain and in colour:
 * {@code hlt}, {@code hlt --help} and {@code hlt -h} print it without building the command tree. Building it is
 * picocli's reflection over every option of every command, most of the time a {@code --help} took
 * (bench/results/startup-2026-12-07.txt).
 *
 * <p>The texts are kept in {@code usage/}; {@code UsageSnapshotTest} holds each to picocli's own rendering of the
 * commands as they are, so that an option or help text changed and not rendered again fails the build (the test
 * writes the fresh renderings to {@code target/usage/} to copy). A width or colour asked of picocli by system
 * property, or any other argument, takes the usual way.
 */
final class UsageSnapshot {

    private UsageSnapshot() {
    }

    /** The usage {@code args} ask for in {@code language}, if they ask for nothing else and it is kept. */
    static Optional<String> of(String[] args, Locale language) {
        if (!onlyUsage(args) || System.getProperty("picocli.usage.width") != null
                || System.getProperty("picocli.ansi") != null) {
            return Optional.empty();
        }
        String name = resource(language, Ansi.AUTO.enabled());
        try (InputStream in = UsageSnapshot.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(text.replace("\n", System.lineSeparator())); // as picocli ends its lines
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of the usage in {@code language}, in colour when {@code ansi}. */
    static String resource(Locale language, boolean ansi) {
        return "usage/usage_" + ("sv".equals(language.getLanguage()) ? "sv" : "en") + (ansi ? "_ansi" : "") + ".txt";
    }

    /** Whether {@code args} are nothing, {@code --help} or {@code -h}, with at most a valid {@code --lang}. */
    static boolean onlyUsage(String[] args) {
        int helps = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                helps++;
            } else if (arg.equals("--lang") && i + 1 < args.length && language(args[i + 1])) {
                i++;
            } else if (!(arg.startsWith("--lang=") && language(arg.substring("--lang=".length())))) {
                return false;
            }
        }
        return helps <= 1;
    }

    private static boolean language(String value) {
        return value.equalsIgnoreCase("en") || value.equalsIgnoreCase("sv");
    }
}
