package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, as a real browser to render the report: to PDF, to a screenshot, or to its DOM after the
 * page's scripts ran. In CI (where {@code .ci/run} installs it) a missing Chromium fails the test; elsewhere the
 * test is skipped with a note saying how to install it.
 */
final class Chromium {

    /** The A4 width and height at 96 pixels per inch: 210 mm and 297 mm. */
    static final int A4_WIDTH_PX = 794;
    static final int A4_HEIGHT_PX = 1123;
    private static final String A4_WINDOW = "--window-size=" + A4_WIDTH_PX + "," + A4_HEIGHT_PX;

    private final Path executable;
    private final Path profile;

    private Chromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /**
     * Chromium with a fresh profile in {@code dir}; fails, saying how to install it, when it is not installed (a
     * skipped browser test would be no check; {@code .ci/run} installs it).
     */
    static Chromium in(Path dir) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            fail("Chromium is not installed: apt-get install -y chromium (.ci/run does this in CI)");
        }
        return new Chromium(found.get(), dir.resolve("chromium-profile"));
    }

    private static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Prints {@code page} to PDF as the browser's print dialog would, without header and footer. */
    Path printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        run("--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        return pdf;
    }

    /** A screenshot of {@code page} in a window one A4 page wide and high. */
    Path screenshot(Path page, Path png) throws IOException, InterruptedException {
        run("--screenshot=" + png, "--hide-scrollbars", A4_WINDOW, page.toUri().toString());
        return png;
    }

    /** The DOM of {@code page} after its scripts ran, in a window one A4 page wide. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run("--dump-dom", "--hide-scrollbars", A4_WINDOW, page.toUri().toString());
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a guard against a browser that hangs, not a measurement: a render takes a second or two
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("Chromium did not finish: " + command);
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + command);
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
