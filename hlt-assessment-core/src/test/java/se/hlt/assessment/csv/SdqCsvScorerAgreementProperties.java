package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.ScoreKind;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.scoring.Warning;

/**
 * On random valid rows of every informant and version, both timepoints and both codings, the CSV batch gives
 * exactly what {@link Scorer#score(Form)} gives for the same answers: every score, band, status and flag.
 */
class SdqCsvScorerAgreementProperties {

    private static final Scorer SCORER = Scorer.builtIn();
    private static final List<String> BANDED = List.of("emotion", "conduct", "hyper", "peer", "prosoc", "ebdtot",
            "impact");
    private static final List<String> EXTRAS = List.of("chronic", "burden", "fureduc", "fuhelp");

    /**
     * One version of the form, as a CSV's columns name it.
     *
     * @param prefix the informant prefix
     * @param informant who fills it in
     * @param version e.g. {@code 2-4}
     * @param questions every answer column without prefix, in column order, with its highest code
     */
    record Version(String prefix, Informant informant, String version, Map<String, Integer> questions) {
    }

    /**
     * One row: answers by question (null = missing), the age, and the timepoint cell.
     *
     * @param answers in {@link Version#questions()} order
     * @param age the age cell's value, or null
     * @param timepoint the timepoint cell
     */
    record Row(List<Integer> answers, Integer age, String timepoint) {
    }

    /**
     * A file.
     *
     * @param version the version
     * @param coding how the answers are written
     * @param followup the default timepoint
     * @param rows its rows
     */
    record Case(Version version, AnswerCoding coding, boolean followup, List<Row> rows) {
    }

    @Property(tries = 60)
    void theCsvScoresEveryRowAsTheScorerDoes(@ForAll("cases") Case c) {
        Version v = c.version();
        List<String> questions = new ArrayList<>(v.questions().keySet());
        List<String> columns = new ArrayList<>(List.of("id", "timepoint", "age"));
        questions.forEach(q -> columns.add(v.prefix() + q));
        SdqCsv csv = SdqCsv.ofColumns(v.prefix(), columns);
        for (int r = 0; r < c.rows().size(); r++) {
            Row row = c.rows().get(r);
            Map<String, String> cells = new HashMap<>();
            cells.put("id", "r" + r);
            cells.put("timepoint", row.timepoint());
            cells.put("age", row.age() == null ? "" : row.age().toString());
            for (int q = 0; q < questions.size(); q++) {
                Integer code = row.answers().get(q);
                String written = code == null ? "" : String.valueOf(code + c.coding().offset());
                cells.put(v.prefix() + questions.get(q), written);
            }
            csv.row(cells);
        }
        SdqBatchOptions options = SdqBatchOptions.defaults().withVersion(v.version()).withCoding(c.coding())
                .withFollowup(c.followup());
        BatchHarness.Ran ran = TempDirs.inFreshDir(dir -> new BatchHarness(dir).run(csv.text(), options));

        assertEquals(c.rows().size(), ran.summary().scored(), "every valid row is scored");
        for (int r = 0; r < c.rows().size(); r++) {
            FormResult expected = scoreDirectly(c, c.rows().get(r), questions);
            for (Score score : expected.scores()) {
                String column = v.prefix() + score.name();
                String value = score.value().isPresent() ? String.valueOf(score.value().getAsInt()) : "";
                assertEquals(value, ran.cell(r, column), "row " + r + " " + column);
                if (BANDED.contains(score.name())) {
                    for (String scheme : List.of("band3", "band4")) {
                        assertEquals(score.band(scheme).orElse(""), ran.cell(r, column + "_" + scheme),
                                "row " + r + " " + column + "_" + scheme);
                    }
                }
            }
            assertEquals(expected.status().code(), ran.cell(r, "status"), "row " + r + " status");
            assertEquals(expectedFlags(c, c.rows().get(r), questions, expected), ran.cell(r, "flags"),
                    "row " + r + " flags");
        }
    }

    private static Timepoint timepointOf(Case c, Row row) {
        return row.timepoint().isEmpty()
                ? (c.followup() ? Timepoint.FOLLOWUP : Timepoint.BASELINE)
                : Timepoint.parse(row.timepoint());
    }

    private static InstrumentDefinition definitionOf(Case c, Row row) {
        Version v = c.version();
        return SCORER.instruments().find("sdq", v.version(), v.informant(), timepointOf(c, row)).orElseThrow();
    }

    private static FormResult scoreDirectly(Case c, Row row, List<String> questions) {
        InstrumentDefinition definition = definitionOf(c, row);
        Map<String, Integer> answers = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            Integer code = row.answers().get(q);
            if (code != null && definition.question(questions.get(q)).isPresent()) {
                answers.put(questions.get(q), code);
            }
        }
        FormContext context = row.age() == null ? FormContext.none() : FormContext.none().withAge(row.age());
        return SCORER.score(Form.of(definition.id(), answers, context));
    }

    /** The flags as documented, built from the scorer's own result. */
    private static String expectedFlags(Case c, Row row, List<String> questions, FormResult result) {
        List<String> flags = new ArrayList<>();
        String prefix = c.version().prefix();
        List<String> prorated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Score s : result.scores()) {
            String item = prefix + s.name() + "(" + s.answered() + "/" + s.outOf() + ")";
            if (s.kind() == ScoreKind.SCALE && s.prorated()) {
                prorated.add(item);
            }
            if (s.kind() == ScoreKind.SCALE && !s.isPresent()) {
                missing.add(item);
            }
        }
        if (!prorated.isEmpty()) {
            flags.add("prorated:" + String.join(" ", prorated));
        }
        if (!missing.isEmpty()) {
            flags.add("missing:" + String.join(" ", missing));
        }
        if (result.value("impact").isEmpty()) {
            flags.add("impact_missing");
        }
        for (Warning w : result.warnings()) {
            flags.add(w.kind().code());
        }
        InstrumentDefinition definition = definitionOf(c, row);
        for (int q = 0; q < questions.size(); q++) {
            if (row.answers().get(q) != null && definition.question(questions.get(q)).isEmpty()) {
                flags.add("not_on_this_version:" + questions.get(q));
            }
        }
        return String.join("; ", flags);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Version> versions = Arbitraries.of(version("p", Informant.PARENT, "4-17"),
                version("p", Informant.PARENT, "2-4"), version("t", Informant.TEACHER, "4-17"),
                version("t", Informant.TEACHER, "2-4"), version("s", Informant.SELF, "11-17"));
        return versions.flatMap(v -> Combinators.combine(Arbitraries.of(AnswerCoding.values()),
                Arbitraries.of(true, false), rows(v).list().ofMinSize(1).ofMaxSize(25))
                .as((coding, followup, rows) -> new Case(v, coding, followup, rows)));
    }

    private static Arbitrary<Row> rows(Version v) {
        List<Arbitrary<Integer>> answers = v.questions().values().stream()
                .map(max -> Arbitraries.integers().between(0, max).injectNull(0.2)).toList();
        return Combinators.combine(Combinators.combine(answers).as(ArrayList::new),
                Arbitraries.integers().between(1, 19).injectNull(0.5),
                Arbitraries.of("", "baseline", "followup", "t1", "T2"))
                .as((a, age, timepoint) -> new Row(Collections.unmodifiableList(a), age, timepoint));
    }

    private static Version version(String prefix, Informant informant, String version) {
        Map<String, Integer> questions = new LinkedHashMap<>();
        for (String item : SdqCsv.ITEMS) {
            String name = item;
            if (version.equals("2-4") && item.equals("lies")) {
                name = "argues";
            } else if (version.equals("2-4") && item.equals("steals")) {
                name = "spite";
            }
            questions.put(name, 2);
        }
        List<String> impact = informant == Informant.TEACHER
                ? List.of("ebddiff", "distres", "impfrie", "impclas")
                : SdqCsv.IMPACT;
        impact.forEach(q -> questions.put(q, 3));
        for (String extra : EXTRAS) {
            questions.put(extra, extra.equals("fureduc") ? 4 : 3);
        }
        return new Version(prefix, informant, version, questions);
    }
}
