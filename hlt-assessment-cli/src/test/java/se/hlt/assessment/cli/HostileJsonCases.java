package se.hlt.assessment.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every JSON the tool reads (forms, series, rules, norms tables, cohort documents) spoiled by each change of
 * {@link HostileJson}, and read by the commands that take it: {@code score}, {@code report}, {@code norms},
 * {@code report --cohort}.
 */
final class HostileJsonCases {

    private final Path root;
    private final Random random;
    private int next;

    HostileJsonCases(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    private Path caseDir() throws IOException {
        return Files.createDirectories(root.resolve("j" + next++));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path norms(String path) {
        return Path.of(System.getProperty("hlt.repo.dir", "..")).resolve("norms/src/main/resources/hlt").resolve(path);
    }

    /** Which document is spoiled, and how the commands that read it are called. */
    private enum Doc { SDQ_FORM, ORS_FORM, SERIES, RULES, NORMS, COHORT }

    List<HostileCase> all(List<String> cohortTable) throws IOException {
        List<HostileCase> cases = new ArrayList<>();
        String cohortJson = cohortJson(cohortTable);
        for (Doc doc : Doc.values()) {
            String good = switch (doc) {
                case SDQ_FORM -> read(ScoreCommandTest.example("sdq-parent-baseline.json"));
                case ORS_FORM -> read(ScoreCommandTest.example("ors-form.json"));
                case SERIES -> read(ScoreCommandTest.example("ors-series.json"));
                case RULES -> read(norms("ors-srs/pcoms-defaults.json"));
                case NORMS -> read(norms("norms/sdq/nl-teacher-4-10.json"));
                case COHORT -> cohortJson;
            };
            for (String change : HostileJson.CHANGES) {
                if ((change.equals("many keys") || change.startsWith("very deep")) && doc.ordinal() > 1) {
                    continue;
                }
                HostileJson.Spoiled s = HostileJson.apply(change, good, random);
                cases.add(caseOf(doc, s));
            }
        }
        cases.add(longString());
        return cases;
    }

    private HostileCase caseOf(Doc doc, HostileJson.Spoiled s) throws IOException {
        Path dir = caseDir();
        Path file = Files.write(dir.resolve(doc.name().toLowerCase() + ".json"), s.bytes());
        HostileCase.Builder b = new HostileCase.Builder("json " + doc.name().toLowerCase(), s.name(), dir)
                .input(file).pins(s.pins());
        String lang = random.nextBoolean() ? "en" : "sv";
        boolean report = random.nextInt(3) == 0;
        switch (doc) {
            case SDQ_FORM, ORS_FORM, SERIES -> {
                if (report) {
                    b.args("report", "--lang", lang, "--out", dir.resolve("r.html").toString(), file.toString());
                } else {
                    b.args("score", "--lang", lang).args(random.nextBoolean() ? new String[] {"--json"} : new String[0])
                            .args(file.toString());
                }
            }
            case RULES -> b.args("score", "--lang", lang, "--rules", file.toString(),
                    ScoreCommandTest.example("ors-series.json").toString());
            case NORMS -> {
                if (report) {
                    b.args("norms", "list", "--norms-file", file.toString());
                } else {
                    b.args("score", "--lang", lang, "--norms-file", file.toString(),
                            ScoreCommandTest.example("sdq-teacher-prorated.json").toString());
                }
            }
            case COHORT -> b.args("report", "--cohort", "--lang", lang, "--out", dir.resolve("r.html").toString(),
                    file.toString());
            default -> throw new IllegalStateException();
        }
        return b.build();
    }

    private String cohortJson(List<String> table) throws IOException {
        Path dir = caseDir();
        Path pairs = dir.resolve("pairs.csv");
        Run compare = Run.of("compare", "--baseline", ScoreCommandTest.example("sdq-baseline.csv").toString(),
                "--followup", ScoreCommandTest.example("sdq-followup.csv").toString(), "--out", pairs.toString());
        Run run = Run.of("cohort", pairs.toString(), "--by", "area", "--min-cell", "3", "--json");
        if (compare.exit() > 1 || run.exit() > 1 || table.isEmpty()) {
            throw new IllegalStateException("the examples' cohort document: " + run.err());
        }
        return run.out();
    }

    /** A string past the parser's limit, in a form's id. */
    private HostileCase longString() throws IOException {
        Path dir = caseDir();
        String form = read(ScoreCommandTest.example("sdq-parent-baseline.json"))
                .replace("\"vbn-2026-017\"", "\"" + "x".repeat(21_000_000) + "\"");
        Path file = Files.writeString(dir.resolve("long.json"), form);
        return new HostileCase.Builder("json sdq_form", "string of 21 million characters", dir).input(file)
                .args("score", file.toString()).build();
    }
}
