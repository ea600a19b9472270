package se.hlt.assessment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The usage that {@code hlt --help} prints without building the command tree ({@link UsageSnapshot}) is picocli's
 * rendering of the commands as they are, in each language, plain and in colour. When this fails, an option or a
 * help text changed: copy the fresh renderings from {@code hlt-assessment-cli/target/usage/} into
 * {@code src/main/resources/se/hlt/assessment/cli/usage/}.
 */
class UsageSnapshotTest {

    @ParameterizedTest
    @CsvSource({"en, false", "en, true", "sv, false", "sv, true"})
    void theKeptUsageIsPicocliRenderingOfTheCommandsAsTheyAre(String language, boolean ansi) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        StringWriter rendered = new StringWriter();
        CommandLine cli = Hlt.commandTree(new Terminal(InputStream.nullInputStream(), false))
                .setResourceBundle(LanguageOption.helpTexts(locale))
                .setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? Ansi.ON : Ansi.OFF));
        cli.usage(new PrintWriter(rendered, true));
        String fresh = rendered.toString().replace(System.lineSeparator(), "\n");
        String name = UsageSnapshot.resource(locale, ansi);
        Path copy = Path.of("target", name);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, fresh, StandardCharsets.UTF_8);
        assertEquals(fresh, kept(name), "the kept " + name + " is not picocli's rendering: copy " + copy.toAbsolutePath()
                + " into src/main/resources/se/hlt/assessment/cli/" + name);
    }

    @Test
    void helpAndNothingPrintTheKeptUsageAndOnlyThey() {
        assertTrue(UsageSnapshot.onlyUsage(new String[0]));
        assertTrue(UsageSnapshot.onlyUsage(new String[] {"--help"}));
        assertTrue(UsageSnapshot.onlyUsage(new String[] {"-h", "--lang", "sv"}));
        assertTrue(UsageSnapshot.onlyUsage(new String[] {"--lang=EN", "--help"}));
        assertFalse(UsageSnapshot.onlyUsage(new String[] {"--help", "--help"}));
        assertFalse(UsageSnapshot.onlyUsage(new String[] {"--lang", "de", "--help"}), "picocli refuses it");
        assertFalse(UsageSnapshot.onlyUsage(new String[] {"score", "--help"}));
        assertFalse(UsageSnapshot.onlyUsage(new String[] {"--version"}));
        assertFalse(UsageSnapshot.onlyUsage(new String[] {"--lang"}));
    }

    @ParameterizedTest
    @CsvSource({"en", "sv"})
    void theCommandLinePrintsTheKeptUsage(String language) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hlt.execute(new String[] {"--lang", language, "--help"},
                new ByteArrayInputStream(new byte[0]), false, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code);
        assertEquals("", err.toString());
        assertEquals(kept(UsageSnapshot.resource(Locale.forLanguageTag(language), false)),
                out.toString().replace(System.lineSeparator(), "\n"));
    }

    private static String kept(String name) throws IOException {
        try (InputStream in = UsageSnapshot.class.getResourceAsStream(name)) {
            return in == null ? "(nothing kept)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
