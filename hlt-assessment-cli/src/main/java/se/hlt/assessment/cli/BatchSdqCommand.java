package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.csv.AnswerCoding;
import se.hlt.assessment.csv.BatchSummary;
import se.hlt.assessment.csv.Outcome;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.csv.Refusal;
import se.hlt.assessment.csv.RefusalKind;
import se.hlt.assessment.csv.SdqBatchOptions;
import se.hlt.assessment.csv.TextEncoding;
import se.hlt.assessment.csv.SdqCsvBatch;
import se.hlt.assessment.scoring.Scorer;

/**
 * {@code hlt batch sdq}: scores a CSV file of SDQ forms, one per row, into an output file and an errors file.
 * The summary line {@code rows N, scored S, errors E} goes to standard error in English, for scripts.
 */
@Command(name = "sdq",
        description = {
            "Scores a CSV file of SDQ forms, one form per row. Every row ends up in exactly one of two files: "
                + "the output (every input column unchanged, then the scores, their 3- and 4-band levels, status "
                + "and flags) or the errors file (one line per row that cannot be scored: row number, id, "
                + "columns and reason).",
            "%nThe header names the columns as the official SDQ syntax does, with one informant prefix: "
                + "pconsid ... pattends, pebddiff, pdistres, pimphome, pimpfrie, pimpclas, pimpleis (t... for "
                + "teachers, s... for self-report). Optional: an id column, timepoint (baseline/followup/t1/t2), "
                + "age, sex, chronic, burden, fureduc, fuhelp; any other column passes through. Comma or "
                + "semicolon, UTF-8 with or without BOM; an empty cell is a missing answer.",
            "%nA file is refused as a whole, and nothing written, if it mixes informants, has no item column, "
                + "or holds anything that looks like a personal identity number in the id or another "
                + "passed-through column."},
        footer = {"%nExamples:",
            "  hlt batch sdq --in examples/sdq-parent-batch.csv --out scored.csv",
            "  hlt batch sdq --in teachers.csv --out t-scored.csv --errors t-rejected.csv",
            "  hlt batch sdq --in preschool.csv --out scored.csv --version 2-4 --id-col lopnr",
            "  hlt batch sdq --in export.csv --out scored.csv --coding 1-3 --followup",
            ExitCodes.HELP})
final class BatchSdqCommand implements Callable<Integer> {

    // not mixinStandardHelpOptions: its -V/--version would clash with the form version option
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--in", required = true, paramLabel = "IN.csv", description = "The CSV file to score.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv",
            description = "Where the scored rows go (written with the input's delimiter).")
    Path out;

    @Option(names = "--errors", paramLabel = "ERR.csv",
            description = "Where the rows that cannot be scored go (default: beside the output, e.g. "
                    + "scored.errors.csv for scored.csv).")
    Path errors;

    @Option(names = "--id-col", paramLabel = "NAME",
            description = "The id column (default: id; without one, rows are identified by their row number).")
    String idColumn;

    @Option(names = "--version", paramLabel = "2-4|4-17|11-17",
            description = "The form's version (default: 4-17 for parent and teacher forms, 11-17 for self-report).")
    String version;

    @Option(names = "--followup",
            description = "Rows are follow-up forms, unless their timepoint cell says otherwise.")
    boolean followup;

    @Option(names = "--coding", paramLabel = "0-2|1-3", defaultValue = "0-2", converter = CodingConverter.class,
            description = "How answers are coded: 0-2 as ticked (default), or 1-3 when the export numbers the "
                    + "first option 1.")
    AnswerCoding coding;

    @Mixin
    CsvCellOptions cells = new CsvCellOptions();

    @Mixin
    ExportOptions export = new ExportOptions();

    @Mixin
    LanguageOption language;

    @Mixin
    NormsOptions norms;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        PrintWriter err = spec.commandLine().getErr();
        Path errorsFile = Optional.ofNullable(errors).orElseGet(() -> besideOutput(out));
        if (!Files.isReadable(in)) {
            err.println(m.get("batch.cannot.read", in));
            return ExitCodes.INPUT_REFUSED;
        }
        Optional<Scorer> scorer = norms.scorerOrReport(m, err);
        if (scorer.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        Outcome<BatchSummary> outcome;
        // a bar on a terminal only, fed by the bytes read (every megabyte), never from the row loop
        ProgressListener progress = ProgressBar.bytesOnTerminal(err, m.get("progress.kilobytes"));
        try {
            outcome = SdqCsvBatch.of(scorer.get()).run(in, out, errorsFile, options(), progress);
        } catch (IOException e) {
            err.println(m.get("batch.io.failed", m.ioFile(e, in), m.ioReason(e)));
            return ExitCodes.INPUT_REFUSED;
        } finally {
            progress.finished();
        }
        if (outcome.refusal().isPresent()) {
            err.println(m.get("batch.refused", refusalText(outcome.refusal().get(), m)));
            return ExitCodes.INPUT_REFUSED;
        }
        BatchSummary summary = outcome.summary().orElseThrow();
        err.println(SummaryText.batch(summary, m));
        List<TextEncoding> read = List.of(summary.encoding());
        ReadingNotes.printEncoding(read, export.written(read), m, err);
        ReadingNotes.print(summary.notes(), m, err);
        if (summary.blankLines() > 0) {
            err.println(m.get("batch.blank.lines", String.valueOf(summary.blankLines())));
        }
        if (summary.idsFromRowNumbers()) {
            err.println(m.get("batch.ids.from.row.numbers"));
        }
        err.println(m.get("batch.written", out));
        err.println(m.get("batch.errors.written", errorsFile));
        return summary.allScored() ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED;
    }

    private SdqBatchOptions options() {
        SdqBatchOptions options = SdqBatchOptions.defaults().withFollowup(followup).withCoding(coding)
                .withMultilineCells(cells.multilineCells).withNotPersonal(cells.notPersonal)
                .withKeepFormulas(cells.keepFormulas).withLocale(language.messages().locale())
                .withExport(export.conventions());
        if (idColumn != null) {
            options = options.withIdColumn(idColumn);
        }
        if (version != null) {
            options = options.withVersion(version);
        }
        return options;
    }

    /** {@code scored.csv} gives {@code scored.errors.csv}, in the same directory. */
    static Path besideOutput(Path output) {
        String name = output.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return output.resolveSibling(stem + ".errors.csv");
    }

    /** The refusal in the chosen language; an informant named in it is translated too. */
    static String refusalText(Refusal refusal, Messages m) {
        List<String> arguments = refusal.arguments();
        if (refusal.kind() == RefusalKind.VERSION_NOT_FOR_INFORMANT) {
            arguments = List.of(arguments.get(0), m.get("informant." + arguments.get(1)));
        }
        return m.get("batch.refused." + refusal.kind().code(), arguments.toArray());
    }

    /** Reads {@code --coding}. */
    static final class CodingConverter implements ITypeConverter<AnswerCoding> {
        @Override
        public AnswerCoding convert(String value) {
            return AnswerCoding.fromText(value)
                    .orElseThrow(() -> ValueExpected.of("0-2|1-3", value));
        }
    }
}
