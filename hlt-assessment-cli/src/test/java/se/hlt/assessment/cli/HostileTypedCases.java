package se.hlt.assessment.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a careless or hostile person types: {@code hlt enter sdq} and {@code hlt enter ors} fed personal numbers,
 * odd values and broken bytes at every question, and command lines with odd options ({@code --min-cell -1}, a
 * personal number as an option's value), {@code hlt norms} and {@code hlt instruments} included.
 */
final class HostileTypedCases {

    static final List<String> SDQ = List.of("parent", "4-17", "baseline", "k-17", "9", "f", "",
            "0121201210210120121012101", "0");
    static final List<String> ORS = List.of("ors", "self", "3", "2026-01-26", "k-0417", "14", "6,5 7 8.2 5", "");
    private static final String[] ODD = {"999999999999", "\u0663", "\uff19", "-1", "1e400", "NaN", "2026-02-30",
        "99999999999", "x".repeat(1_000_000), "a\u0000b", "=1+2", "\u00a0", "<", "<<<", "7=2", "\t", "\uff10,\uff15"};

    private final Path root;
    private final Random random;
    private int next;

    HostileTypedCases(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    private Path caseDir() throws IOException {
        return Files.createDirectories(root.resolve("t" + next++));
    }

    List<HostileCase> enter() throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        for (String form : List.of("sdq", "ors")) {
            List<String> script = form.equals("sdq") ? SDQ : ORS;
            for (int at = 0; at <= script.size(); at++) {
                for (int shape = 0; shape < HostileNumbers.SHAPES.size(); shape += 4 + random.nextInt(3)) {
                    String core = HostileNumbers.core(random);
                    List<String> typed = new ArrayList<>(script);
                    typed.add(at, HostileNumbers.shaped(shape, core));
                    cases.add(enterCase(form, "a personal number typed before line " + at, typed, List.of(core)));
                }
                List<String> odd = new ArrayList<>(script);
                odd.add(at, ODD[random.nextInt(ODD.length)]);
                cases.add(enterCase(form, "an odd line before line " + at, odd, List.of()));
                cases.add(enterCase(form, "input ends after line " + at, script.subList(0, at), List.of()));
            }
            cases.add(enterBytes(form, "invalid utf-8 in the id", script));
        }
        return cases;
    }

    private HostileCase enterCase(String form, String name, List<String> typed, List<String> pins) throws IOException {
        Path dir = caseDir();
        byte[] bytes = (String.join("\n", typed) + "\n").getBytes(StandardCharsets.UTF_8);
        return new HostileCase.Builder("enter " + form, name, dir).pins(pins).stdin(bytes)
                .args("enter", form, "--lang", random.nextBoolean() ? "en" : "sv",
                        "--out", dir.resolve("form.json").toString()).build();
    }

    private HostileCase enterBytes(String form, String name, List<String> script) throws IOException {
        Path dir = caseDir();
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        for (int i = 0; i < script.size(); i++) {
            if (i == 3 || i == 4) {
                typed.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '\n'});
            }
            typed.writeBytes((script.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new HostileCase.Builder("enter " + form, name, dir).stdin(typed.toByteArray())
                .args("enter", form, "--out", dir.resolve("form.json").toString()).build();
    }

    /** Odd options and values on every command; a wrong command line may end with exit 2. */
    List<HostileCase> options() throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        String batch = ScoreCommandTest.example("sdq-parent-batch.csv").toString();
        String baseline = ScoreCommandTest.example("sdq-baseline.csv").toString();
        String followup = ScoreCommandTest.example("sdq-followup.csv").toString();
        String form = ScoreCommandTest.example("sdq-parent-baseline.json").toString();
        for (String minCell : List.of("-1", "0", "999999999999", "abc", "1e3", "\u0663")) {
            cases.add(option("cohort --min-cell " + minCell, dir -> List.of("cohort", pairs(dir), "--by", "area",
                    "--min-cell", minCell)));
        }
        for (String window : List.of("6-3", "0-0", "a-b", "-1-3", "3-999999999999", "3")) {
            cases.add(option("compare --window " + window, dir -> List.of("compare", "--baseline", baseline,
                    "--followup", followup, "--out", dir.resolve("p.csv").toString(), "--window", window)));
        }
        for (String by : List.of("", ",", "area,,area", "=1+2", "nosuch", "id")) {
            cases.add(option("cohort --by '" + by + "'", dir -> List.of("cohort", pairs(dir), "--by", by,
                    "--out", dir.resolve("c.csv").toString())));
        }
        for (String[] odd : new String[][] {{"--coding", "2-4"}, {"--version", "5-9"}, {"--lang", "xx"},
            {"--id-col", "nosuch"}, {"--id-col", ""}, {"--norms", "xx"}, {"--norms-file", "/nonexistent.json"},
            {"--not-personal", "nosuch"}}) {
            cases.add(option("batch sdq " + String.join(" ", odd), dir -> List.of("batch", "sdq", "--in", batch,
                    "--out", dir.resolve("o.csv").toString(), odd[0], odd[1])));
        }
        for (int shape = 0; shape < HostileNumbers.SHAPES.size(); shape++) {
            String core = HostileNumbers.core(random);
            String pin = HostileNumbers.shaped(shape, core);
            List<List<String>> lines = List.of(
                    List.of("score", pin),
                    List.of("score", "--lang", pin, form),
                    List.of("score", "--unknown=" + pin, form),
                    List.of("norms", "show", pin),
                    List.of("batch", "sdq", "--in", batch, "--out", "o.csv", "--id-col", pin),
                    List.of("batch", "sdq", "--in", batch, "--out", "o.csv", "--not-personal", pin),
                    List.of("cohort", "pairs.csv", "--by", pin),
                    List.of("enter", "sdq", "--id", pin),
                    List.of("enter", "ors", "--id", pin, "--session", pin),
                    List.of("enter", "sdq", "--age", pin),
                    List.of("instruments", pin),
                    List.of("report", "--out", "r.html", pin + ".json"));
            List<String> chosen = lines.get(shape % lines.size());
            cases.add(option(String.join(" ", chosen.subList(0, 2)) + " with a personal number", core, dir -> {
                List<String> args = new ArrayList<>(chosen);
                String pairs = pairs(dir);
                args.replaceAll(a -> a.equals("o.csv") || a.equals("r.html") ? dir.resolve(a).toString()
                        : a.equals("pairs.csv") ? pairs : a);
                return args;
            }));
        }
        for (List<String> line : List.<List<String>>of(List.of("norms", "list"), List.of("norms", "show", "nosuch"),
                List.of("norms", "show", ""), List.of("norms", "list", "--norms", "uk,xx"), List.of("instruments"),
                List.of("instruments", "--json"), List.of("instruments", "--lang", "sv"), List.of("norms"),
                List.of(), List.of("nosuch"), List.of("batch"), List.of("score"), List.of("report"),
                List.of("report", "--cohort"), List.of("compare"), List.of("cohort"), List.of("enter"))) {
            cases.add(option(line.isEmpty() ? "hlt alone" : String.join(" ", line), dir -> line));
        }
        return cases;
    }

    private interface Line {
        List<String> of(Path dir) throws IOException;
    }

    private HostileCase option(String name, Line line) throws IOException {
        Path dir = caseDir();
        return new HostileCase.Builder("options", name, dir).args(line.of(dir).toArray(String[]::new))
                .stdin(new byte[0]).exits(0, 1, 2, 3).build();
    }

    private HostileCase option(String name, String core, Line line) throws IOException {
        Path dir = caseDir();
        return new HostileCase.Builder("options", name, dir).args(line.of(dir).toArray(String[]::new))
                .stdin(new byte[0]).pins(List.of(core)).exits(0, 1, 2, 3).build();
    }

    private static String pairs(Path dir) throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        if (!Files.exists(pairs)) {
            Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(), "--followup",
                    ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        }
        return pairs.toString();
    }
}
