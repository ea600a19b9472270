package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.hlt.assessment.io.Checked;
import se.hlt.assessment.io.FormJson;
import se.hlt.assessment.io.ProgressListener;
import se.hlt.assessment.io.ResultJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/** {@code hlt score}: scores forms given as JSON files and prints the results. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = "Scores one or more forms (JSON files, or - for standard input) and prints each result: "
                + "every scale with its items answered, proration, bands and their sources, and warnings.",
        footer = {"%nExamples:",
            "  hlt score examples/sdq-parent-baseline.json",
            "  hlt score --lang sv examples/sdq-teacher-prorated.json examples/sdq-self-followup.json",
            "  hlt score --json - < form.json",
            "  hlt score --norms se --norms-file my-county-norms.json examples/sdq-preschool-teacher.json",
            "%nA form names its instrument (see: hlt instruments) and gives the answers as ticked, first option 0:",
            "  {\"instrument\": \"sdq-p-4-17-baseline\", \"id\": \"k-17\", \"age\": 9,",
            "   \"answers\": {\"consid\": 2, \"restles\": 0, \"somatic\": null, ...}}",
            ExitCodes.HELP})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Form files in JSON; - reads standard input.")
    List<String> files;

    @Option(names = "--json", description = "Print the results as JSON (result.schema.json) instead of text.")
    boolean json;

    @Mixin
    LanguageOption language;

    @Mixin
    NormsOptions norms;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Scorer> chosen = norms.scorerOrReport(m, err);
        if (chosen.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        Scorer scorer = chosen.get();
        ResultText text = new ResultText(m);
        List<FormResult> results = new ArrayList<>();
        int exit = ExitCodes.OK;
        // the bar shares the terminal with the results, so it is shown only when they wait until the end (--json)
        ProgressListener progress = json ? ProgressBar.onTerminal(err, m.get("progress.forms")) : ProgressListener.NONE;
        int done = 0;
        for (String file : files) {
            progress.progress(done++, files.size());
            String content;
            try {
                content = "-".equals(file)
                        ? new String(Hlt.terminalOf(spec).in().readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println(m.get("score.cannot.read", file, e.getClass().getSimpleName()));
                exit = Math.max(exit, ExitCodes.INPUT_REFUSED);
                continue;
            }
            Checked<Form> form = FormJson.parse(content, scorer.instruments());
            if (!form.isOk()) {
                err.println(m.get("score.form.problems", file));
                form.problems().forEach(p -> err.println("  - " + p));
                exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                continue;
            }
            FormResult result = scorer.score(form.orElseThrow());
            if (!result.isValid()) {
                exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
            }
            if (json) {
                results.add(result);
            } else {
                if (files.size() > 1) {
                    out.println("== " + file);
                }
                text.print(result, scorer.instruments().find(result.instrument()), out);
                out.println();
            }
        }
        progress.finished();
        if (json) {
            out.println(results.size() == 1 && files.size() == 1 ? ResultJson.write(results.get(0))
                    : ResultJson.writeAll(results));
        }
        return exit;
    }
}
