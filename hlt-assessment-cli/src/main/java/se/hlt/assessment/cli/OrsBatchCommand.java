package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.csv.Outcome;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.csv.SessionsCsvBatch;
import se.hlt.assessment.csv.SessionsSummary;
import se.hlt.assessment.csv.TextEncoding;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SeriesScorer;

/** {@code hlt batch ors}: scores a CSV of ORS/SRS-family forms, one row per form, client by client. */
@Command(name = "ors",
        mixinStandardHelpOptions = true,
        description = {"Scores a CSV file of ORS, SRS, CORS, CSRS, YCORS and YCSRS forms, one row per form "
                + "(the long format: client, episode, session, date, instrument, rater, age, the scales by their "
                + "short names, or total, or rating). Writes each row with its total, cut-off, clinical and alliance "
                + "flags, change since intake and alerts; with --series, one row per client, episode and rater with "
                + "the change from intake to the latest session, reliable change and clinically significant "
                + "improvement; and every row that cannot be scored to the errors file, with its row number and "
                + "reason. Comma or semicolon separated; marks with a decimal point or comma (6,5).",
            "The rows of each client must be together (sorted by client); a file where they are not is refused."},
        footer = {"%nExamples:",
            "  hlt batch ors --in examples/ors-sessions.csv --out scored.csv --series series.csv",
            "  hlt batch ors --in sessions.csv --out scored.csv --errors problems.csv --client k-0417 --lang sv",
            ExitCodes.HELP})
final class OrsBatchCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "IN.csv", description = "The sessions file.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where the scored rows go.")
    Path out;

    @Option(names = "--series", paramLabel = "SERIES.csv",
            description = "Where one row per client, episode and rater goes (intake and latest total, change, "
                    + "reliable change, clinically significant improvement, alerts).")
    Path series;

    @Option(names = "--errors", paramLabel = "ERR.csv",
            description = "Where the rows that cannot be scored go (default: OUT with .errors.csv).")
    Path errors;

    @Mixin
    CsvCellOptions cells = new CsvCellOptions();

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--client", paramLabel = "ID",
            description = "Also print this client's series, session by session, in the chosen language.")
    String client;

    @Mixin
    LanguageOption language;

    @Mixin
    SessionOptions sessions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SeriesScorer> scorer = sessions.load(se.hlt.assessment.scoring.Scorer.builtIn(), m, err);
        if (scorer.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        Path errorsFile = errors != null ? errors : BatchSdqCommand.besideOutput(out);
        if (!java.nio.file.Files.isReadable(in)) {
            err.println(m.get("batch.cannot.read", in));
            return ExitCodes.INPUT_REFUSED;
        }
        List<SeriesResult> wanted = new ArrayList<>();
        Outcome<SessionsSummary> outcome;
        // a bar on a terminal only, fed by the bytes read (every megabyte), never from the row loop
        ProgressListener progress = ProgressBar.bytesOnTerminal(err, m.get("progress.kilobytes"));
        try {
            outcome = SessionsCsvBatch.of(scorer.get()).withMultilineCells(cells.multilineCells)
                    .withKeepFormulas(cells.keepFormulas)
                    .withNotPersonal(cells.notPersonal).withLocale(m.locale()).withExport(export.conventions())
                    .run(in, out, errorsFile, Optional.ofNullable(series), s -> {
                if (client != null && s.client().equals(client)) {
                    wanted.add(s);
                }
            }, progress);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(m.get("batch.io.failed", m.ioFile(e, in), m.ioReason(e)));
            return ExitCodes.INPUT_REFUSED;
        } finally {
            progress.finished();
        }
        if (outcome.refusal().isPresent()) {
            err.println(m.get("batch.refused", BatchSdqCommand.refusalText(outcome.refusal().get(), m)));
            return ExitCodes.INPUT_REFUSED;
        }
        SessionsSummary summary = outcome.summary().orElseThrow();
        if (client != null) {
            if (wanted.isEmpty()) {
                stdout.println(m.get("batch.client.none", client));
            }
            SeriesText text = new SeriesText(m);
            for (SeriesResult s : wanted) {
                text.print(s, stdout);
                stdout.println();
            }
        }
        err.println(SummaryText.sessions(summary, m));
        List<TextEncoding> read = List.of(summary.encoding());
        ReadingNotes.printEncoding(read, export.written(read), m, err);
        if (summary.blankLines() > 0) {
            err.println(m.get("batch.blank.lines", String.valueOf(summary.blankLines())));
        }
        if (export.givesSex()) {
            err.println(m.get("batch.ors.sex.unused"));
        }
        err.println(m.get("batch.written", out));
        if (series != null) {
            err.println(m.get("batch.series", String.valueOf(summary.seriesRows()), series));
        }
        err.println(m.get("batch.errors.written", errorsFile));
        return summary.allScored() ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED;
    }
}
