package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.hlt.assessment.csv.ExpectedResponseCsv;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.series.ExpectedResponse;
import se.hlt.assessment.series.SeriesScorer;

/** The options of the ORS/SRS commands: rules of one's own, and an expected treatment response table. */
final class SessionOptions {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "ORS/SRS cut-offs, reliable change and alerts of your own, in the format of the shipped "
                    + "ones (ors-srs-rules.schema.json); they replace the built-in rules.")
    Path rules;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "An expected treatment response table of your own (CSV: intake_from, intake_to, session, "
                    + "expected, lower). Each ORS-family session is then on track or below expected. None is "
                    + "shipped: the curves of commercial systems are proprietary.")
    Path expected;

    /**
     * The series scorer these options ask for, scoring each form with {@code forms}, or every problem with the
     * user's files.
     */
    Checked<SeriesScorer> scorer(Scorer forms) {
        List<String> problems = new ArrayList<>();
        OrsSrsRules chosen = OrsSrsRules.builtIn();
        if (rules != null) {
            try {
                Checked<OrsSrsRules> read = OrsSrsRules.read(rules);
                problems.addAll(read.problems());
                if (read.isOk()) {
                    chosen = read.orElseThrow();
                }
            } catch (java.io.UncheckedIOException e) {
                Messages m = Messages.of(java.util.Locale.getDefault());
                problems.add(m.shown(rules) + ": " + m.ioReason(e.getCause()));
            }
        }
        Optional<ExpectedResponse> table = Optional.empty();
        if (expected != null) {
            Checked<ExpectedResponse> read = ExpectedResponseCsv.read(expected);
            problems.addAll(read.problems());
            table = read.value();
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        SeriesScorer scorer = rules == null && forms == Scorer.builtIn() ? SeriesScorer.builtIn()
                : SeriesScorer.of(forms, chosen);
        return Checked.ok(table.map(scorer::withExpected).orElse(scorer));
    }

    /** The scorer (each form scored with {@code forms}), or empty after printing why a user's file was refused. */
    Optional<SeriesScorer> load(Scorer forms, Messages m, PrintWriter err) {
        Checked<SeriesScorer> scorer = scorer(forms);
        if (!scorer.isOk()) {
            err.println(m.get("session.options.refused"));
            scorer.problems().forEach(p -> err.println("  - " + p));
        }
        return scorer.value();
    }
}
