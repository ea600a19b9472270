package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.csv.AnswerCoding;
import se.hlt.assessment.csv.CompareInput;
import se.hlt.assessment.csv.CompareOptions;
import se.hlt.assessment.csv.CompareOutputs;
import se.hlt.assessment.csv.CompareSummary;
import se.hlt.assessment.csv.Outcome;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.csv.SdqBatchOptions;
import se.hlt.assessment.csv.SdqPairsCsv;
import se.hlt.assessment.pairing.FollowUpWindow;

/**
 * {@code hlt compare}: pairs each child's baseline SDQ with the follow-up by the same informant and writes the
 * change per scale. The summary line {@code rows N = paired P x 2 + unmatched U + conflicts C + errors E} goes to
 * standard error in English, for scripts.
 */
@Command(name = "compare",
        description = {
            "Pairs each child's baseline SDQ with the follow-up SDQ by the same informant (same id), from CSV files "
                + "in the format of hlt batch sdq, and writes one row per pair: the scores at T1 and T2 and the "
                + "change on every scale, the reliable change index (Jacobson-Truax, with the norms tables it used) "
                + "and status, the 3 bands at T1 and T2, clinically significant improvement, the Added Value Score "
                + "(parent 4-17) and the answers to the follow-up questions.",
            "%nEvery row ends up in exactly one place: a pair, the file of unmatched and conflicting rows (with "
                + "the reason), or the errors file (rows that cannot be scored, as hlt batch sdq lists them). A date "
                + "column (2025-03-14) gives the interval in days, with a note outside the follow-up window.",
            "%nBaselines and follow-ups in two files (--baseline, --followup), or in one (--in) with a timepoint "
                + "column. The pairs file keeps every other column of the baseline row (area, period, consent...), "
                + "for hlt cohort to group by."},
        footer = {"%nExamples:",
            "  hlt compare --baseline examples/sdq-baseline.csv --followup examples/sdq-followup.csv --out pairs.csv",
            "  hlt compare --in all-forms.csv --out pairs.csv --unmatched no-partner.csv --window 3-6",
            "  hlt compare --baseline b.csv --followup f.csv --ors-series series.csv --out pairs.csv",
            "  hlt cohort pairs.csv --by area,ageband --out cohort.csv",
            ExitCodes.HELP})
final class CompareCommand implements Callable<Integer> {

    // not mixinStandardHelpOptions: its -V/--version would clash with the form version option
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Inputs inputs;

    /** Two files, or one with a timepoint column. */
    static final class Inputs {
        @ArgGroup(exclusive = false)
        TwoFiles twoFiles;

        @Option(names = "--in", required = true, paramLabel = "FORMS.csv",
                description = "One file of baselines and follow-ups, told apart by its timepoint column.")
        Path in;
    }

    /** A file of baselines and a file of follow-ups. */
    static final class TwoFiles {
        @Option(names = "--baseline", required = true, paramLabel = "B.csv", description = "The baseline forms.")
        Path baseline;

        @Option(names = "--followup", required = true, paramLabel = "F.csv", description = "The follow-up forms.")
        Path followUp;
    }

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv", description = "Where the pairs go.")
    Path out;

    @Option(names = "--unmatched", paramLabel = "U.csv",
            description = "Where the rows without a pair go, unmatched or in conflict, with the reason (default: "
                    + "beside the pairs, e.g. pairs.unmatched.csv).")
    Path unmatched;

    @Option(names = "--errors", paramLabel = "ERR.csv",
            description = "Where the rows that cannot be scored go (default: beside the pairs, e.g. "
                    + "pairs.errors.csv).")
    Path errors;

    @Option(names = "--ors-series", paramLabel = "SERIES.csv",
            description = "An ORS series file (hlt batch ors --series) to join: one row per client and rater, "
                    + "intake against latest, with the group columns of the client's SDQ pair.")
    Path orsSeries;

    @Option(names = "--id-col", paramLabel = "NAME", description = "The id column (default: id).")
    String idColumn;

    @Option(names = "--version", paramLabel = "2-4|4-17|11-17",
            description = "The form's version (default: 4-17 for parent and teacher forms, 11-17 for self-report).")
    String version;

    @Option(names = "--coding", paramLabel = "0-2|1-3", defaultValue = "0-2",
            converter = BatchSdqCommand.CodingConverter.class,
            description = "How answers are coded: 0-2 as ticked (default), or 1-3.")
    AnswerCoding coding;

    @Mixin
    CsvCellOptions cells = new CsvCellOptions();

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--window", paramLabel = "MIN-MAX", defaultValue = "3-6", converter = WindowConverter.class,
            description = "The follow-up window in months (default: 3-6, as HLT recommends); pairs outside it "
                    + "get a note.")
    FollowUpWindow window;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        PrintWriter err = spec.commandLine().getErr();
        CompareInput sdq = inputs.in != null ? CompareInput.oneFile(inputs.in)
                : CompareInput.twoFiles(inputs.twoFiles.baseline, inputs.twoFiles.followUp);
        CompareInput input = orsSeries == null ? sdq : sdq.withOrsSeries(orsSeries);
        for (Path file : readFiles(input)) {
            if (!Files.isReadable(file)) {
                err.println(m.get("batch.cannot.read", file));
                return ExitCodes.INPUT_REFUSED;
            }
        }
        CompareOutputs outputs = new CompareOutputs(out, besideOutput(unmatched, "unmatched"),
                besideOutput(errors, "errors"));
        ProgressListener progress = ProgressBar.onTerminal(err, m.get("progress.rows"));
        Outcome<CompareSummary> outcome;
        try {
            outcome = SdqPairsCsv.builtIn().run(input, outputs, new CompareOptions(reading(), window), progress);
        } catch (IOException e) {
            err.println(m.get("compare.io.failed", m.ioFile(e, out), m.ioReason(e)));
            return ExitCodes.INPUT_REFUSED;
        }
        if (outcome instanceof Outcome.Refused<CompareSummary> refused) {
            String file = refused.file().map(role -> pathOf(input, role)).orElse("");
            String reason = BatchSdqCommand.refusalText(refused.reason(), m);
            err.println(file.isEmpty() ? m.get("batch.refused", reason) : m.get("compare.refused", file, reason));
            return ExitCodes.INPUT_REFUSED;
        }
        CompareSummary summary = outcome.summary().orElseThrow();
        report(summary, outputs, m, err);
        return summary.allPaired() ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED;
    }

    private void report(CompareSummary s, CompareOutputs outputs, Messages m, PrintWriter err) {
        err.println(SummaryText.compare(s, m));
        ReadingNotes.printEncoding(s.encodings(), export.written(s.encodings()), m, err);
        ReadingNotes.print(s.notes(), m, err);
        err.println(m.get("compare.reconcile"));
        if (s.blankLines() > 0) {
            err.println(m.get("batch.blank.lines", String.valueOf(s.blankLines())));
        }
        if (s.shorterThanWindow() + s.longerThanWindow() > 0) {
            err.println(m.get("compare.window", s.window().toString(), String.valueOf(s.shorterThanWindow()),
                    String.valueOf(s.longerThanWindow())));
        }
        if (s.withoutDates() > 0) {
            err.println(m.get("compare.no.dates", String.valueOf(s.withoutDates())));
        }
        if (s.withoutReliableChange() > 0) {
            err.println(m.get("compare.no.rci", String.valueOf(s.withoutReliableChange())));
        }
        if (s.ors().rows() > 0) {
            err.println(m.get("compare.ors", String.valueOf(s.ors().joined()), String.valueOf(s.ors().withSdqPair()),
                    String.valueOf(s.ors().errors())));
        }
        if (s.withAddedValue() > 0) {
            err.println(m.get("compare.avs", String.valueOf(s.withAddedValue()))
                    + AddedValueModel.ford2009().caveat().in(m.locale()));
        }
        err.println(m.get("compare.written.pairs", outputs.pairs()));
        err.println(m.get("compare.written.unpaired", outputs.unpaired()));
        err.println(m.get("compare.written.errors", outputs.errors()));
    }

    private SdqBatchOptions reading() {
        SdqBatchOptions options = SdqBatchOptions.defaults().withCoding(coding)
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

    /** The file given, or one beside the pairs file: {@code pairs.csv} gives {@code pairs.KIND.csv}. */
    private Path besideOutput(Path given, String kind) {
        if (given != null) {
            return given;
        }
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + "." + kind + ".csv");
    }

    private static java.util.List<Path> readFiles(CompareInput input) {
        java.util.List<Path> files = new java.util.ArrayList<>();
        input.files().forEach(r -> files.add(r.path()));
        input.orsSeries().ifPresent(files::add);
        return files;
    }

    private static String pathOf(CompareInput input, String role) {
        if (role.equals(CompareInput.ORS_SERIES)) {
            return input.orsSeries().map(Path::toString).orElse(role);
        }
        return input.files().stream().filter(r -> r.role().equals(role)).map(r -> r.path().toString())
                .findFirst().orElse(role);
    }

    /** Reads {@code --window}. */
    static final class WindowConverter implements ITypeConverter<FollowUpWindow> {
        @Override
        public FollowUpWindow convert(String value) {
            return FollowUpWindow.tryParse(value).orElseThrow(() -> ValueExpected.of("MIN-MAX (3-6)", value));
        }
    }
}
