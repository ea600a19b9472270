package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every hostile case must hold, whatever it did: a documented exit code and never an internal error, a
 * sentence with a refusal, no planted personal number in any output, no unguarded formula in a CSV written, no
 * temporary file left, and a batch summary that adds up and counts every line of its input.
 */
final class HostileChecks {

    /** One broken rule: its class (for the tally) and what happened. */
    record Failure(String kind, String klass, String detail) {
    }

    // the summary lines in either language (--lang sv in some mixes): the same numbers in the same order
    private static final Pattern BATCH = Pattern.compile("(?:rows|rader) (\\d+), (?:scored|poängsatta) (\\d+), "
            + "(?:errors|fel) (\\d+); (?:lines read|lästa filrader) (\\d+)");
    private static final Pattern COMPARE = Pattern.compile("(?:rows|rader) (\\d+) = (?:paired|parade) (\\d+) x 2 \\+ "
            + "(?:unmatched|utan partner) (\\d+) \\+ (?:conflicts|konflikter) (\\d+) \\+ (?:errors|fel) (\\d+)");
    private static final Pattern COHORT = Pattern.compile(
            "(?:pairs|par) (\\d+) = (?:used|använda) (\\d+) \\+ (?:left out|utelämnade) (\\d+)");
    private static final Pattern LINES = Pattern.compile("(?:lines read|lästa filrader) (\\d+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");

    private final HostileCase c;
    private final Run run;
    private final List<Failure> failures = new ArrayList<>();

    private HostileChecks(HostileCase c, Run run) {
        this.c = c;
        this.run = run;
    }

    static List<Failure> check(HostileCase c, Run run) {
        HostileChecks checks = new HostileChecks(c, run);
        checks.exitCode();
        checks.outputs();
        checks.summary();
        c.after().forEach(check -> check.get().ifPresent(detail -> checks.fail(detail.split(":", 2)[0], detail)));
        return checks.failures;
    }

    private void fail(String klass, String detail) {
        failures.add(new Failure(c.kind(), klass, c.kind() + " / " + c.name() + ": " + detail));
    }

    private void exitCode() {
        String both = run.out() + run.err();
        if (run.exit() == 4 || both.contains("unexpected error") || both.contains("oväntat fel")
                || both.contains("\tat ")) {
            fail("internal error (exit 4)", "exit " + run.exit() + ": " + firstLine(run.err()));
        } else if (both.matches("(?s).*\\b[A-Z][A-Za-z]+(Exception|Error)\\b.*")) {
            fail("a Java exception's name instead of a sentence", "exit " + run.exit() + ": "
                    + shorten(run.err().strip().replace('\n', ' ')));
        } else if (!c.exits().contains(run.exit())) {
            fail("unexpected exit code", "exit " + run.exit() + " not in " + c.exits() + ": " + firstLine(run.err()));
        }
        if (run.exit() == 3 && run.err().isBlank()) {
            fail("refusal without a sentence", "exit 3 and nothing on standard error");
        }
    }

    private void outputs() {
        List<Path> written = written();
        StringBuilder texts = new StringBuilder(run.out()).append('\n').append(run.err());
        for (Path file : written) {
            String name = file.getFileName().toString();
            if (name.endsWith(".part")) {
                fail("temporary file left", name.length() > 60 ? name.substring(0, 60) + "..." : name);
                continue;
            }
            String text = read(file);
            texts.append('\n').append(text);
            if (name.endsWith(".csv") && !c.keepsFormulas()) {
                unguardedFormulas(name, text);
            }
        }
        String all = texts.toString();
        for (String core : c.pins()) {
            if (HostileNumbers.leaks(all, core)) {
                fail("personal number echoed", "a planted number appears in an output or message");
            }
        }
    }

    private void unguardedFormulas(String name, String text) {
        for (String cell : cells(text)) {
            if (cell.isEmpty()) {
                continue;
            }
            char first = cell.charAt(0);
            boolean risky = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                    || first == '-' && !NUMBER.matcher(cell).matches();
            if (risky) {
                fail("formula unguarded in CSV", name + ": cell " + shorten(cell));
                return;
            }
        }
    }

    private void summary() {
        String err = run.err();
        Matcher batch = BATCH.matcher(err);
        if (batch.find()) {
            long rows = Long.parseLong(batch.group(1));
            long sum = Long.parseLong(batch.group(2)) + Long.parseLong(batch.group(3));
            if (rows != sum) {
                fail("summary does not add up", batch.group());
            }
        }
        Matcher compare = COMPARE.matcher(err);
        if (compare.find()) {
            long rows = Long.parseLong(compare.group(1));
            long sum = 2 * Long.parseLong(compare.group(2)) + Long.parseLong(compare.group(3))
                    + Long.parseLong(compare.group(4)) + Long.parseLong(compare.group(5));
            if (rows != sum) {
                fail("summary does not add up", compare.group());
            }
        }
        Matcher cohort = COHORT.matcher(err);
        if (cohort.find() && Long.parseLong(cohort.group(1))
                != Long.parseLong(cohort.group(2)) + Long.parseLong(cohort.group(3))) {
            fail("summary does not add up", cohort.group());
        }
        if (c.linesOf().isPresent() && (run.exit() == 0 || run.exit() == 1)) {
            Matcher lines = LINES.matcher(err);
            long physical = physicalLines(c.linesOf().get());
            if (!lines.find()) {
                fail("lines not accounted for", "no 'lines read' in the summary: " + firstLine(err));
            } else if (physical >= 0 && Long.parseLong(lines.group(1)) != physical) {
                fail("lines not accounted for", "lines read " + lines.group(1) + ", the file has " + physical);
            }
        }
    }

    /** Lines ended by LF or CRLF, and a last one without an end; -1 where a lone CR makes the count a matter of view. */
    static long physicalLines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            long lines = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                } else if (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                    return -1;
                }
            }
            return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
        } catch (IOException e) {
            return -1;
        }
    }

    private List<Path> written() {
        try (Stream<Path> files = Files.walk(c.dir())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !c.inputs().contains(f.toAbsolutePath().normalize()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > 64L << 20) {
                return "";
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The cells of a CSV text, comma or semicolon as its first line says, quotes read. */
    static List<String> cells(String text) {
        int firstEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String first = text.substring(0, firstEnd);
        char delimiter = first.chars().filter(ch -> ch == ';').count() > first.chars().filter(ch -> ch == ',').count()
                ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = text.startsWith("\ufeff") ? 1 : 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == delimiter || ch == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch != '\r' || i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return shorten(line);
    }

    private static String shorten(String text) {
        String shown = text.replace("\t", "\\t").replace("\r", "\\r");
        return shown.length() > 160 ? shown.substring(0, 160) + "..." : shown;
    }
}
