package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.hlt.assessment.cli.enter.SaveFile;
import se.hlt.assessment.cli.report.PdfWriter;
import se.hlt.assessment.cli.report.ScoredForm;
import se.hlt.assessment.cli.report.SdqReport;
import se.hlt.assessment.cli.report.Section;
import se.hlt.assessment.comparison.FormComparisons;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.csv.CohortFiles;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.json.SeriesJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SeriesGathering;

/**
 * {@code hlt report}: a printable page per form, or per baseline and follow-up pair, as self-contained HTML or
 * as PDF.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Writes a page to print and put in front of the team and the family: for each SDQ form the "
                + "profile chart of every scale against its bands, the scores, the norms comparisons, a short "
                + "explanation in Swedish or English, and the sources. Forms of the same child (same pseudonymous "
                + "id) and informant, one baseline and a follow-up, are shown side by side with the change.",
            "ORS/SRS-family forms (a client's series, or one-session files as hlt enter ors saves them, of one or "
                + "more clients) get a page per client and rater: the totals session by session as a line chart "
                + "with the cut-off and the reliable change band around intake, the SRS on its own chart with its "
                + "cut-off, the series table and a one-line explanation of each rule used.",
            "With --cohort the files are cohort tables written by hlt cohort (the CSV of --out, or --json): for a "
                + "process leader's annual follow-up, an overview page per instrument and informant (every group "
                + "with its pairs or hidden and why, how many groups are hidden, the change of the total score per "
                + "group as a chart), then a page per shown group with the table of every score and a chart of "
                + "their effect sizes. Hidden groups stay hidden: the files carry no figures for them.",
            "The HTML needs nothing else to open or print (no network, no scripts); --pdf writes the same page as "
                + "PDF. One A4 page per form or pair, per client and rater of a series, and per shown group of a "
                + "cohort (whose overview may take two pages when it lists many groups)."},
        footer = {"%nExamples:",
            "  hlt report examples/sdq-parent-baseline.json",
            "  hlt report --lang sv --out k-17.html k-17-t1.json k-17-t2.json",
            "  hlt report --pdf --out k-17.pdf k-17-t1.json k-17-t2.json",
            "  hlt report --lang sv --out k-0417.html examples/ors-series.json",
            "  hlt report --out k-0417.html k-0417-ors-s1.json k-0417-ors-s2.json k-0417-srs-s2.json",
            "  hlt cohort pairs.csv --by area,ageband --out cohort.csv",
            "  hlt report --cohort --lang sv --pdf --out uppfoljning-2026.pdf cohort.csv",
            ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files", description = "SDQ forms, ORS/SRS-family forms or series in JSON (as hlt enter "
            + "saves them); with --cohort, cohort tables from hlt cohort.")
    List<Path> files;

    @Option(names = "--cohort", description = "The files are cohort tables from hlt cohort (CSV or JSON), not forms.")
    boolean cohort;

    @Option(names = "--pdf", description = "Write PDF instead of HTML.")
    boolean pdf;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (replaced if it "
            + "exists); - writes HTML to standard output. Default: hlt-report.html (or .pdf) in the current folder, "
            + "never replacing a file: -2, -3... is added (hlt-cohort-report.html with --cohort).")
    String out;

    @Mixin
    LanguageOption language;

    @Mixin
    NormsOptions norms;

    @Mixin
    SessionOptions sessions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages m = language.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Checked<Scorer> chosen = norms.scorer();
        if (!chosen.isOk()) {
            err.println(m.get("norms.refused"));
            chosen.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.INPUT_REFUSED;
        }
        if (pdf && "-".equals(out)) {
            err.println(m.get("report.pdf.needs.file"));
            return ExitCodes.USAGE;
        }
        Scorer scorer = chosen.orElseThrow();
        if (cohort) {
            return cohortReport(scorer, m, stdout, err);
        }
        Optional<SeriesScorer> seriesScorer = sessions.load(scorer, m, err);
        if (seriesScorer.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        List<ScoredForm> forms = new ArrayList<>();
        SeriesGathering clients = SeriesGathering.empty();
        int exit = read(scorer, forms, clients, m, err);
        List<SeriesResult> series = new ArrayList<>();
        for (Series c : clients.series()) {
            series.add(seriesScorer.get().score(c));
        }
        if (forms.isEmpty() && series.isEmpty()) {
            err.println(m.get("report.no.forms"));
            return Math.max(exit, ExitCodes.SOME_NOT_SCORED);
        }
        Section.Plan plan = Section.plan(forms, FormComparisons.of(scorer.instruments(), scorer.norms()));
        plan.unpaired().forEach(u -> err.println(m.get("report.unpaired.stderr", forms.get(u.row()).origin(),
                m.get("unpaired." + u.reason().code(), u.baselines(), u.followUps()))));
        plan.lookalikes().forEach(l -> err.println(m.get("report.lookalike.stderr", l.message(m.locale()))));
        SdqReport report = new SdqReport(m, scorer.norms(), LocalDate.now());
        return write(report.html(plan.sections(), series), "hlt-report", exit, m, stdout, err);
    }

    /**
     * Writes {@code html} where {@code --out} says (as PDF with {@code --pdf}), or to a free name from
     * {@code defaultName}; returns {@code exit}, or the exit code of a PDF that could not be made.
     */
    private int write(String html, String defaultName, int exit, Messages m, PrintWriter stdout, PrintWriter err)
            throws IOException {
        if ("-".equals(out)) {
            stdout.print(html);
            stdout.flush();
            return exit;
        }
        Path target = out != null ? Path.of(out)
                : SaveFile.freeName(Path.of(defaultName + (pdf ? ".pdf" : ".html")));
        int written = ReportFile.write(html, pdf, target, files, m, err);
        if (written != ExitCodes.OK) {
            return written;
        }
        stdout.println(m.get("report.saved", target));
        return exit;
    }

    /**
     * {@code --cohort}: every file is a cohort table from {@code hlt cohort}. A file that is not one is named with
     * what is wrong and left out (exit code 1); with none left, nothing is written.
     */
    private int cohortReport(Scorer scorer, Messages m, PrintWriter stdout, PrintWriter err) throws IOException {
        int exit = ExitCodes.OK;
        List<CohortReport> reports = new ArrayList<>();
        for (Path file : files) {
            Checked<List<CohortReport>> read;
            try {
                read = CohortFiles.read(file, m.locale());
            } catch (IOException | RuntimeException e) {
                err.println(m.get("score.cannot.read", file, m.ioReason(e)));
                exit = Math.max(exit, ExitCodes.INPUT_REFUSED);
                continue;
            }
            if (!read.isOk()) {
                err.println(m.get("report.cohort.not.read", file));
                read.problems().forEach(p -> err.println("  - " + p));
                exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                continue;
            }
            reports.addAll(read.orElseThrow());
        }
        if (reports.isEmpty()) {
            err.println(m.get("report.cohort.none"));
            return Math.max(exit, ExitCodes.SOME_NOT_SCORED);
        }
        SdqReport report = new SdqReport(m, scorer.norms(), LocalDate.now());
        return write(report.cohortHtml(reports), "hlt-cohort-report", exit, m, stdout, err);
    }

    /** Reads and scores every file into {@code forms}; says what was left out and why, and returns the exit code. */
    private int read(Scorer scorer, List<ScoredForm> forms, SeriesGathering clients, Messages m,
                     PrintWriter err) {
        int exit = ExitCodes.OK;
        ResultText text = new ResultText(m);
        ProgressListener progress = ProgressBar.onTerminal(err, m.get("progress.forms"));
        int done = 0;
        for (Path file : files) {
            progress.progress(done++, files.size());
            Optional<String> fileText = JsonFiles.text(file, () -> Files.readString(file, StandardCharsets.UTF_8), m,
                    err);
            if (fileText.isEmpty()) {
                exit = Math.max(exit, ExitCodes.INPUT_REFUSED);
                continue;
            }
            String content = fileText.get();
            if (SeriesJson.isSeries(content)) {
                Checked<Series> read = SeriesJson.read(content, scorer.instruments(), m.locale());
                if (!read.isOk()) {
                    err.println(m.get("report.form.not.reported", file));
                    read.problems().forEach(p -> err.println("  - " + p));
                    exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                    continue;
                }
                clients.add(read.orElseThrow());
                continue;
            }
            Checked<Form> form = FormJson.read(content, scorer.instruments(), m.locale());
            if (!form.isOk()) {
                err.println(m.get("report.form.not.reported", file));
                form.problems().forEach(p -> err.println("  - " + p));
                exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                continue;
            }
            Optional<InstrumentDefinition> kind = scorer.instruments().find(form.orElseThrow().instrument());
            if (kind.isPresent() && !kind.get().family().equals("sdq")) {
                exit = Math.max(exit, sessionForm(file, form.orElseThrow(), clients, m, err));
                continue;
            }
            FormResult result = scorer.score(form.orElseThrow());
            if (!result.isValid()) {
                err.println(m.get("report.form.not.reported", file));
                result.problems().forEach(p -> err.println("  - " + text.problem(p)));
                exit = Math.max(exit, ExitCodes.SOME_NOT_SCORED);
                continue;
            }
            InstrumentDefinition definition = scorer.instruments().find(result.instrument()).orElseThrow();
            forms.add(new ScoredForm(file.toString(), result, definition));
        }
        progress.finished();
        return exit;
    }

    /**
     * A single ORS/SRS-family form with no session number of its own (a series file, or a file saved by {@code hlt
     * enter ors}, has one): the library's gathering makes it its client's next session, in the order the files
     * were given, and the person is told so.
     */
    private int sessionForm(Path file, Form form, SeriesGathering clients, Messages m, PrintWriter err) {
        OptionalInt session = clients.addNext(form);
        if (session.isEmpty()) {
            err.println(m.get("report.session.no.client", file));
            return ExitCodes.SOME_NOT_SCORED;
        }
        err.println(m.get("report.session.by.order", file, String.valueOf(session.getAsInt())));
        return ExitCodes.OK;
    }
}
