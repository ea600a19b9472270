package se.hlt.assessment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example under {@code examples/validation} (a DTO and a plain Java program) is compiled against this module
 * and run, so that it cannot rot: a change to the API that breaks it fails here. The folder is required: a build
 * that cannot find it fails rather than skipping.
 */
class ExampleTest {

    @Test
    void theExampleCompilesRunsAndPrintsTheViolationsInSwedish(@TempDir Path classes) throws Exception {
        Path examples = Path.of(System.getProperty("hlt.examples.dir", "../examples/validation"));
        List<String> sources;
        try (Stream<Path> files = Files.list(examples)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertEquals(2, sources.size(), "the DTO and the program in " + examples);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                "-Xlint:all", "-Werror");
        boolean compiled = javac.getTask(diagnostics, null, null, options, null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(sources))
                .call();
        assertTrue(compiled, diagnostics.toString());

        Locale locale = Locale.getDefault();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ValidateIntake").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
            Locale.setDefault(locale);
        }
        assertEquals(String.join("\n",
                "answers[consid]: \"3\" är inget tillåtet svar; tillåtet: 0, 1, 2 eller tomt",
                "violations after correction: 0",
                "status incomplete, emotion 5", ""), printed.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }
}
