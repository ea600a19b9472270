package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import se.hlt.assessment.series.SeriesGathering;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionResult;

/** {@code hlt score}: scores forms given as JSON files and prints the results. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = "Scores one or more forms (JSON files, or - for standard input) and prints each result: "
                + "every scale with its items answered, proration, bands and their sources, and warnings. An "
                + "ORS/SRS-family form also gets its cut-off and clinical range; a series of them (a client's "
                + "sessions) is shown session by session, with change since intake and alerts. Series files of one "
                + "client and episode, such as the one-session files that hlt enter ors saves, make one series, as "
                + "in hlt report.",
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
        // what is printed, in the order of the files: a form's text or JSON, or the place of a client's series
        List<String> shown = new ArrayList<>();
        List<Integer> seriesPlaces = new ArrayList<>();
        boolean onlyForms = true;
        int exit = ExitCodes.OK;
        // the bar shares the terminal with the results, so it is shown only when they wait until the end (--json)
        ProgressListener progress = json ? ProgressBar.onTerminal(err, m.get("progress.forms")) : ProgressListener.NONE;
        int done = 0;
        // the series files of one client and episode (the one-session files of hlt enter ors among them) make one
        // series, as in hlt report: the library gathers them; each is shown where its first file was given
        SeriesGathering gathering = SeriesGathering.empty();
        Map<String, Series> seriesFiles = new LinkedHashMap<>();
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
                Checked<Series> series = SeriesJson.read(content, scorer.instruments(), m.locale());
                if (!series.isOk()) {
                    err.println(m.get("score.form.problems", file));
                    series.problems().forEach(p -> err.println("  - " + p));
                    exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                    continue;
                }
                int before = gathering.series().size();
                gathering.add(series.orElseThrow());
                seriesFiles.put(file, series.orElseThrow());
                if (gathering.series().size() > before) {
                    seriesPlaces.add(shown.size());
                    shown.add("");
                }
                continue;
            }
            Checked<Form> form = FormJson.read(content, scorer.instruments(), m.locale());
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
            results.add(result);
            if (json) {
                shown.add(session.map(SeriesJson::write).orElseGet(() -> ResultJson.write(result)));
                onlyForms &= session.isEmpty();
            } else {
                StringWriter chunk = new StringWriter();
                PrintWriter into = new PrintWriter(chunk);
                if (files.size() > 1) {
                    into.println("== " + m.shown(file));
                }
                text.print(result, scorer.instruments().find(result.instrument()), into);
                session.filter(s -> result.isValid()).ifPresent(s -> new SessionText(m).print(s, into));
                into.println();
                into.flush();
                shown.add(chunk.toString());
            }
        }
        List<Series> gathered = gathering.series();
        for (int i = 0; i < gathered.size(); i++) {
            onlyForms = false;
            SeriesResult result = seriesScorer.get().score(gathered.get(i));
            shown.set(seriesPlaces.get(i), seriesShown(filesOf(gathered.get(i), seriesFiles), result, m));
            exit = Math.max(exit, result.isClean() ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED);
        }
        progress.finished();
        if (!json) {
            shown.forEach(out::print);
        } else if (onlyForms) {
            out.println(results.size() == 1 && files.size() == 1 ? ResultJson.write(results.get(0))
                    : ResultJson.writeAll(results));
        } else {
            // several one-session files of one client are one series: one JSON document, as for a series file
            out.println(shown.size() == 1 && (files.size() == 1 || results.isEmpty()) ? shown.get(0) : array(shown));
        }
        return exit;
    }

    /** The files a gathered series was read from, for its heading. */
    private static List<String> filesOf(Series gathered, Map<String, Series> seriesFiles) {
        return seriesFiles.entrySet().stream().filter(e -> e.getValue().client().equals(gathered.client())
                && e.getValue().episode().equals(gathered.episode())).map(Map.Entry::getKey).toList();
    }

    /** A client's scored series as text (headed by its files when there are several files) or as JSON. */
    private String seriesShown(List<String> from, SeriesResult result, Messages m) {
        if (json) {
            return SeriesJson.write(result);
        }
        StringWriter chunk = new StringWriter();
        PrintWriter into = new PrintWriter(chunk);
        if (files.size() > 1) {
            into.println("== " + String.join(", ", from.stream().map(f -> String.valueOf(m.shown(f))).toList()));
        }
        new SeriesText(m).print(result, into);
        into.println();
        into.flush();
        return chunk.toString();
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
