package se.hlt.assessment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.SmallCellSuppression;
import se.hlt.assessment.csv.CohortCsv;
import se.hlt.assessment.csv.FormulaCount;
import se.hlt.assessment.csv.CohortSummary;
import se.hlt.assessment.csv.Outcome;
import se.hlt.assessment.csv.ProgressListener;
import se.hlt.assessment.json.CohortJson;
import se.hlt.assessment.json.CohortReading;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * {@code hlt cohort}: the change statistics of a set of pairs, grouped by the columns the user names, with small
 * groups hidden. The summary line goes to standard error in English, for scripts; the table to standard output
 * in Swedish or English (or JSON).
 */
@Command(name = "cohort",
        mixinStandardHelpOptions = true,
        description = {
            "Statistics for a set of pairs written by hlt compare, per group: n pairs, mean (SD) at T1 and T2, "
                + "mean change with its 95%% CI, paired t-test and Wilcoxon signed-rank p-values, d_z and change / "
                + "SD at baseline with 95%% CIs, the percentages reliably improved, unchanged and deteriorated, the "
                + "percentage leaving the abnormal band, and the mean Added Value Score (parent pairs).",
            "%nGroups: any columns of the pairs file (area, period, sex, informant, consent...) and ageband, the "
                + "HLT age bands 0-5, 6-12 and 13-16 derived from the age at baseline. The last column named forms "
                + "the table's columns, the others its rows; the table has row, column and overall totals, and "
                + "the count and share of pairs in each group.",
            "%nSmall cells: a group with a count below --min-cell (default 5) is hidden, and so is any group that "
                + "would let a hidden count be worked out, or narrowed to fewer than --min-cell, from what is shown "
                + "(checked by linear programming). The output says how many are hidden, not which are the small "
                + "ones. Publish one grouping: two tables of one cohort can be subtracted from each other."},
        footer = {"%nExamples:",
            "  hlt cohort pairs.csv --by area,ageband --out cohort.csv",
            "  hlt cohort --lang sv pairs.csv --by period,consent",
            "  hlt cohort pairs-parent.csv pairs-teacher.csv --by ageband --json > cohort.json",
            ExitCodes.HELP})
final class CohortCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAIRS.csv", descriptionKey = "files", description = "Pairs files written by hlt compare.")
    List<Path> files;

    @Option(names = "--by", split = ",", paramLabel = "COLUMN",
            description = "The columns to group by, comma-separated (ageband is derived from age); none: one group.")
    List<String> by = List.of();

    @Option(names = "--out", paramLabel = "COHORT.csv",
            description = "Also write the table as CSV: one row per group and measure (pairs, or a score).")
    Path out;

    @Option(names = "--json", description = "Print the report as JSON instead of the table.")
    boolean json;

    @Option(names = "--min-cell", paramLabel = "N", defaultValue = "" + SmallCellSuppression.DEFAULT_MINIMUM,
            description = "The smallest count shown (default: ${DEFAULT-VALUE}); smaller groups are hidden.")
    int minCell;

    @Option(names = "--keep-formulas",
            description = "Write group values that start like a spreadsheet formula (=, +, -, @, tab) as they are in "
                    + "--out; without it they get a leading apostrophe. The summary counts them either way.")
    boolean keepFormulas;

    @Option(names = "--multiline-cells",
            description = "Rows of the pairs files may run over lines (passed-through notes with line breaks, as "
                    + "hlt compare --multiline-cells writes them). Without it such a row is left out naming its "
                    + "lines, since a quote that is never closed makes the rest of a file one cell.")
    boolean multilineCells;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages m = language.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minCell < 1) {
            err.println(m.get("cohort.min.cell"));
            return ExitCodes.USAGE;
        }
        if (by.stream().anyMatch(PersonalIdentityNumbers::looksLike)) { // Grouping would refuse it; say why
            err.println(m.get("cohort.by.personal"));
            return ExitCodes.INPUT_REFUSED;
        }
        Grouping grouping;
        try {
            grouping = new Grouping(by.stream().map(String::trim).filter(c -> !c.isEmpty()).toList());
        } catch (IllegalArgumentException e) {
            err.println(m.get("cohort.by.twice"));
            return ExitCodes.USAGE;
        }
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println(m.get("batch.cannot.read", file));
                return ExitCodes.INPUT_REFUSED;
            }
        }
        ProgressListener progress = json ? ProgressListener.NONE : ProgressBar.onTerminal(err, m.get("progress.rows"));
        Outcome<CohortSummary> outcome;
        try {
            outcome = CohortCsv.builtIn().withMultilineCells(multilineCells).read(files, grouping, minCell, progress);
        } catch (IOException e) {
            err.println(m.get("compare.io.failed", m.ioFile(e, files.get(0)), m.ioReason(e)));
            return ExitCodes.INPUT_REFUSED;
        }
        if (outcome instanceof Outcome.Refused<CohortSummary> refused) {
            err.println(m.get("compare.refused", refused.file().orElse(""),
                    BatchSdqCommand.refusalText(refused.reason(), m)));
            return ExitCodes.INPUT_REFUSED;
        }
        CohortSummary done = outcome.summary().orElseThrow();
        List<CohortReport> reports = done.reports();
        CohortReading reading = done.reading();
        FormulaCount formulas = FormulaCount.NONE;
        if (out != null) {
            try {
                formulas = CohortCsv.write(reports, reading, out, keepFormulas);
            } catch (IOException e) {
                err.println(m.get("compare.io.failed", m.ioFile(e, out), m.ioReason(e)));
                return ExitCodes.INPUT_REFUSED;
            }
        }
        summary(reports, reading, formulas, m, err);
        if (json) {
            stdout.println(CohortJson.write(reports, reading));
        } else {
            CohortText text = new CohortText(m);
            reports.forEach(r -> stdout.print(text.table(r)));
            if (reports.isEmpty()) {
                stdout.println(m.get("cohort.no.pairs"));
            }
        }
        stdout.flush();
        return reading.leftOut() == 0 ? ExitCodes.OK : ExitCodes.SOME_NOT_SCORED;
    }

    private void summary(List<CohortReport> reports, CohortReading reading, FormulaCount formulas, Messages m,
                         PrintWriter err) {
        int groups = reports.stream().mapToInt(r -> r.groups().size()).sum();
        int hidden = reports.stream().mapToInt(CohortReport::hidden).sum();
        err.println(SummaryText.cohort(reading.rows(), reading.used(), reading.leftOut(), reading.lines(), groups,
                hidden, formulas, m));
        if (!reading.encoding().equals("utf-8")) {
            err.println(m.get("cohort.encoding.read", reading.encoding()));
        }
        if (reading.leftOut() > 0) {
            err.println(m.get("cohort.left.out", String.valueOf(reading.leftOut())));
            for (CohortReading.RowProblem p : reading.problems()) {
                err.println(m.get("cohort.row.problem", p.file(), String.valueOf(p.row()), p.column(), p.reason()));
            }
        }
        if (reading.blankLines() > 0) {
            err.println(m.get("batch.blank.lines", String.valueOf(reading.blankLines())));
        }
        if (out != null) {
            err.println(m.get("cohort.written", out));
        }
    }
}
