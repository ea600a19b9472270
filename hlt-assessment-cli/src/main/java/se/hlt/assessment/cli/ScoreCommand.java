package se.hlt.assessment.cli;

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
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.json.ResultJson;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionResult;

/** {@code hlt score}: scores forms given as JSON files and prints the results. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = "Scores one or more forms (JSON files, or - for standard input) and prints each result: "
                + "every scale with its items answered, proration, bands and their sources, and warnings. An "
                + "ORS/SRS-family form also gets its cut-off and clinical range; a series of them (a client's "
                + "sessions) is shown session by session, with change since intake and alerts.",
        footer = {"%nExamples:",
            "  hlt score examples/sdq-parent-baseline.json",
            "  hlt score --lang sv examples/sdq-teacher-prorated.json examples/sdq-self-followup.json",
            "  hlt score --json - < form.json",
            "  hlt score examples/ors-form.json",
            "  hlt score --lang sv examples/ors-series.json",
            "  hlt score --norms se --norms-file my-county-norms.json examples/sdq-preschool-teacher.json",
            "%nA form names its instrument (see: hlt instruments) and gives the answers as ticked, first option 0:",
            "  {\"instrument\": \"sdq-p-4-17-baseline\", \"id\": \"k-17\", \"age\": 9,",
            "   \"answers\": {\"consid\": 2, \"restles\": 0, \"somatic\": null, ...}}",
            ExitCodes.HELP})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files", description = "Form files in JSON; - reads standard input.")
    List<String> files;

    @Option(names = "--json", description = "Print the results as JSON (result.schema.json) instead of text.")
    boolean json;

    @Mixin
    LanguageOption language;

    @Mixin
    NormsOptions norms;

    @Mixin
    SessionOptions sessions;

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
        Optional<SeriesScorer> seriesScorer = sessions.load(scorer, m, err);
        if (seriesScorer.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        ResultText text = new ResultText(m);
        List<FormResult> results = new ArrayList<>();
        List<String> jsonTexts = new ArrayList<>();
        boolean onlyForms = true;
        int exit = ExitCodes.OK;
        // the bar shares the terminal with the results, so it is shown only when they wait until the end (--json)
        ProgressListener progress = json ? ProgressBar.onTerminal(err, m.get("progress.forms")) : ProgressListener.NONE;
        int done = 0;
        for (String file : files) {
            progress.progress(done++, files.size());
            Optional<String> fileText = JsonFiles.text(file, () -> "-".equals(file)
                    ? new String(Hlt.terminalOf(spec).in().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8), m, err);
            if (fileText.isEmpty()) {
                exit = Math.max(exit, ExitCodes.INPUT_REFUSED);
                continue;
            }
            String content = fileText.get();
            if (SeriesJson.isSeries(content)) {
                onlyForms = false;
                exit = Math.max(exit, scoreSeries(file, content, seriesScorer.get(), jsonTexts, out, err, m));
                continue;
            }
            Checked<Form> form = FormJson.read(content, scorer.instruments());
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
            Optional<SessionResult> session = seriesScorer.get().assessForm(result);
            if (json) {
                results.add(result);
                jsonTexts.add(session.map(SeriesJson::write).orElseGet(() -> ResultJson.write(result)));
                onlyForms &= session.isEmpty();
            } else {
                if (files.size() > 1) {
                    out.println("== " + m.shown(file));
                }
                text.print(result, scorer.instruments().find(result.instrument()), out);
                session.filter(s -> result.isValid()).ifPresent(s -> new SessionText(m).print(s, out));
                out.println();
            }
        }
        progress.finished();
        if (json) {
            if (onlyForms) {
                out.println(results.size() == 1 && files.size() == 1 ? ResultJson.write(results.get(0))
                        : ResultJson.writeAll(results));
            } else {
                out.println(jsonTexts.size() == 1 && files.size() == 1 ? jsonTexts.get(0) : array(jsonTexts));
            }
        }
        return exit;
    }

    /** Scores a series file, prints it (or keeps its JSON), and returns the exit code it calls for. */
    private int scoreSeries(String file, String content, SeriesScorer scorer, List<String> jsonTexts,
                            PrintWriter out, PrintWriter err, Messages m) {
        Checked<Series> series = SeriesJson.read(content, scorer.scorer().instruments());
        if (!series.isOk()) {
            err.println(m.get("score.form.problems", file));
            series.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.SOME_NOT_SCORED;
        }
        SeriesResult result = scorer.score(series.orElseThrow());
        if (json) {
            jsonTexts.add(SeriesJson.write(result));
        } else {
            if (files.size() > 1) {
                out.println("== " + m.shown(file));
            }
            new SeriesText(m).print(result, out);
            out.println();
        }
        return result.isClean() ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED;
    }

    /** Several JSON documents as one pretty-printed array. */
    private static String array(List<String> documents) {
        try {
            var mapper = se.hlt.assessment.data.DataFiles.mapper();
            var list = mapper.createArrayNode();
            for (String d : documents) {
                list.add(mapper.readTree(d));
            }
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
