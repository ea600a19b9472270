package se.hlt.assessment.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The CSV commands ({@code batch sdq}, {@code batch ors}, {@code compare}, {@code cohort}, {@code report --cohort})
 * fed every single change of {@link HostileCsv} and random mixes of them.
 */
final class HostileCsvCases {

    private final Path root;
    private final Random random;
    private int next;

    HostileCsvCases(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    private Path caseDir() throws IOException {
        return Files.createDirectories(root.resolve("c" + next++));
    }

    static HostileCsv.Base base(String example, char delimiter, String id, String pass, String item, String age)
            throws IOException {
        return new HostileCsv.Base(Files.readAllLines(ScoreCommandTest.example(example)), delimiter, id, pass, item, age);
    }

    /** Each change once, then {@code mixes} random mixes of two to four. */
    private List<HostileCsv.Spoiled> spoil(HostileCsv.Base base, int mixes) {
        List<HostileCsv.Spoiled> all = new ArrayList<>();
        for (String change : HostileCsv.CHANGES) {
            all.add(HostileCsv.apply(change, base, random, new HostileCsv.Spoiled(base.lines())));
        }
        for (int i = 0; i < mixes; i++) {
            HostileCsv.Spoiled s = new HostileCsv.Spoiled(base.lines());
            int count = 2 + random.nextInt(3);
            for (int j = 0; j < count && s.raw == null; j++) {
                String change = HostileCsv.CHANGES.get(random.nextInt(HostileCsv.CHANGES.size()));
                if (!change.startsWith("empty") && !change.startsWith("header only") && !change.equals("10000 columns")) {
                    HostileCsv.apply(change, base, random, s);
                }
            }
            all.add(s);
        }
        return all;
    }

    private static Path write(Path dir, String name, HostileCsv.Spoiled s) throws IOException {
        return Files.write(dir.resolve(name), s.bytes());
    }

    private List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (random.nextInt(6) == 0) {
            flags.add("--keep-formulas");
        }
        if (random.nextInt(5) == 0) {
            flags.add("--multiline-cells");
        }
        flags.add("--lang");
        flags.add(random.nextBoolean() ? "en" : "sv");
        return flags;
    }

    List<HostileCase> batchSdq(int mixes) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsv.Base base = base("sdq-parent-batch.csv", ',', "id", "area", "pconsid", "age");
        for (HostileCsv.Spoiled s : spoil(base, mixes)) {
            Path dir = caseDir();
            Path in = write(dir, "in.csv", s);
            cases.add(new HostileCase.Builder("batch sdq", s.name, dir).input(in).linesOf(in)
                    .pins(s.pins).formulas(s.formulas)
                    .args("batch", "sdq", "--in", in.toString(), "--out", dir.resolve("out.csv").toString())
                    .args(flags().toArray(String[]::new)).build());
        }
        return cases;
    }

    List<HostileCase> batchOrs(int mixes) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsv.Base base = base("ors-sessions.csv", ';', "client", "note", "individually", "age");
        for (HostileCsv.Spoiled s : spoil(base, mixes)) {
            Path dir = caseDir();
            Path in = write(dir, "in.csv", s);
            HostileCase.Builder b = new HostileCase.Builder("batch ors", s.name, dir).input(in).linesOf(in)
                    .pins(s.pins).formulas(s.formulas)
                    .args("batch", "ors", "--in", in.toString(), "--out", dir.resolve("out.csv").toString())
                    .args(flags().toArray(String[]::new));
            if (random.nextBoolean()) {
                b.args("--series", dir.resolve("series.csv").toString());
            }
            cases.add(b.build());
        }
        return cases;
    }

    List<HostileCase> compare(int mixes) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsv.Base baseline = base("sdq-baseline.csv", ',', "id", "area", "pconsid", "age");
        HostileCsv.Base followup = base("sdq-followup.csv", ',', "id", "area", "pconsid", "age");
        boolean spoilBaseline = true;
        for (HostileCsv.Spoiled s : spoil(baseline, mixes / 2)) {
            cases.add(compareCase(s, spoilBaseline, baseline, followup));
            spoilBaseline = !spoilBaseline;
        }
        for (HostileCsv.Spoiled s : spoil(followup, mixes / 2)) {
            cases.add(compareCase(s, false, baseline, followup));
        }
        return cases;
    }

    private HostileCase compareCase(HostileCsv.Spoiled s, boolean spoilBaseline, HostileCsv.Base baseline,
                                    HostileCsv.Base followup) throws IOException {
        Path dir = caseDir();
        if (s.raw == null && s.lines.size() > 1 && random.nextInt(4) == 0) {
            String date = List.of("2026-02-30", "2025-13-01", "99999-01-01", "2025-1-5", "-2025-01-01")
                    .get(random.nextInt(5));
            s.lines.set(1, s.lines.get(1).replaceFirst("\\d{4}-\\d\\d-\\d\\d", date));
            s.name += " + odd date";
        }
        HostileCsv.Spoiled good = new HostileCsv.Spoiled(spoilBaseline ? followup.lines() : baseline.lines());
        Path b = write(dir, "baseline.csv", spoilBaseline ? s : good);
        Path f = write(dir, "followup.csv", spoilBaseline ? good : s);
        return new HostileCase.Builder("compare", (spoilBaseline ? "baseline: " : "follow-up: ") + s.name, dir)
                .input(b).input(f).pins(s.pins).formulas(s.formulas)
                .args("compare", "--baseline", b.toString(), "--followup", f.toString(),
                        "--out", dir.resolve("pairs.csv").toString())
                .args(flags().toArray(String[]::new)).build();
    }

    /** A good pairs file, from {@code hlt compare} on the examples. */
    private List<String> pairsLines() throws IOException {
        Path dir = caseDir();
        Path pairs = dir.resolve("pairs.csv");
        Run run = Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(),
                "--followup", ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        if (run.exit() > 1) {
            throw new IllegalStateException("the examples' pairs: " + run.err());
        }
        return Files.readAllLines(pairs);
    }

    List<HostileCase> cohort(int mixes) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsv.Base base = new HostileCsv.Base(pairsLines(), ',', "id", "area", "pemotion_t1", "age");
        for (HostileCsv.Spoiled s : spoil(base, mixes)) {
            Path dir = caseDir();
            Path in = write(dir, "pairs.csv", s);
            String by = List.of("area", "area,ageband", "period,area", "ageband", "nosuch", "area,area")
                    .get(random.nextInt(6));
            HostileCase.Builder b = new HostileCase.Builder("cohort", s.name + " (--by " + by + ")", dir)
                    .input(in).linesOf(in).pins(s.pins).formulas(s.formulas)
                    .args("cohort", in.toString(), "--by", by, "--min-cell", String.valueOf(1 + random.nextInt(3)),
                            "--out", dir.resolve("cohort.csv").toString())
                    .args(flags().toArray(String[]::new));
            if (by.equals("area,area")) {
                b.exits(0, 1, 2, 3);
            }
            if (random.nextInt(3) == 0) {
                b.args("--json");
            }
            cases.add(b.build());
        }
        return cases;
    }

    /** A good cohort table, from {@code hlt cohort} on the examples' pairs. */
    List<String> cohortLines() throws IOException {
        Path dir = caseDir();
        Path pairs = Files.write(dir.resolve("pairs.csv"), pairsLines());
        Path table = dir.resolve("cohort.csv");
        Run run = Run.of("cohort", pairs.toString(), "--by", "area", "--min-cell", "3", "--out", table.toString());
        if (run.exit() > 1) {
            throw new IllegalStateException("the examples' cohort: " + run.err());
        }
        return Files.readAllLines(table);
    }

    List<HostileCase> reportCohort(int mixes) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        HostileCsv.Base base = new HostileCsv.Base(cohortLines(), ',', "area", "area", "n", "t1_mean");
        for (HostileCsv.Spoiled s : spoil(base, mixes)) {
            Path dir = caseDir();
            Path in = write(dir, "cohort.csv", s);
            cases.add(new HostileCase.Builder("report --cohort", s.name, dir).input(in).pins(s.pins)
                    .args("report", "--cohort", "--lang", random.nextBoolean() ? "en" : "sv",
                            "--out", dir.resolve("report.html").toString(), in.toString()).build());
        }
        return cases;
    }
}
