package se.hlt.assessment.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.ConfidenceInterval;
import se.hlt.assessment.cohort.Descriptives;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.cohort.FlaggedPairs;
import se.hlt.assessment.cohort.GroupLevel;
import se.hlt.assessment.cohort.Missing;
import se.hlt.assessment.cohort.ScaleFigures;

/**
 * Writes cohort reports as CSV, one after the other: per group, a row for its pairs ({@code measure} =
 * {@code pairs}: n and its share of all pairs and of its row), then a row per score ({@code measure} = e.g.
 * {@code pemotion}) with n and the statistics. Columns: {@code instrument} and {@code informant} (each pair of
 * them is a report of its own), the grouping columns, {@code level} ({@code cell}, {@code row_total},
 * {@code column_total}, {@code total}), {@code measure}, {@code direction}, {@code n}, {@code suppressed},
 * {@code min_cell} (the smallest count shown, so that the file says what its hidden groups are hidden below),
 * {@code percent_of_all}, {@code percent_of_row}, then the statistics (see {@link #STATISTICS}) and
 * {@code missing} (each figure left out, as {@code statistic:reason}).
 *
 * <p>A hidden group's rows say {@code hidden} in {@code n} and in {@code suppressed}, and nothing else: not why
 * (which hidden groups are the small ones would tell an intruder where to look); every figure is empty.
 *
 * <p>Every figure is written exactly: the shortest decimal that reads back as the very number computed (never
 * rounded for show), so that a page made from this file ({@code hlt report --cohort}) rounds each figure once,
 * from the same number as the terminal table does, and the two cannot differ in the last digit (a mean of
 * 13.9048 written as 13.905 was shown as 13.91 on the page, 13.90 in the table). A spreadsheet rounds for show as
 * its user chooses. With a decimal comma in a semicolon file, as the batch writes them, so that a Swedish
 * spreadsheet reads them as numbers.
 *
 * <p>Beside each percentage and mean that rests on some of the pairs only is its n ({@code rc_n},
 * {@code left_abnormal_n}, {@code avs_n}), and beside the mean AVS the pairs left out of it as its model does not
 * cover them ({@code avs_left_out}); empty where the report does not show them.
 */
final class CohortCsvWriter {

    static final String PAIRS = "pairs";
    static final String SUPPRESSED = "suppressed";
    /** What a hidden group's {@code n} and {@code suppressed} say. */
    static final String HIDDEN = CellStatus.HIDDEN.code();

    /** Whether a row with these {@code n} and {@code suppressed} is a hidden group's, as this or an older version wrote. */
    static boolean hides(String n, String suppressed) {
        return n.equals(HIDDEN) || n.equals(SUPPRESSED) || !suppressed.isEmpty();
    }
    static final String MIN_CELL = "min_cell";
    /**
     * On the total's pairs row, how many pairs have a form whose age is outside its version's ages: the count, or
     * {@code <} and the minimum when there are fewer.
     */
    static final String AGE_OUTSIDE_VERSION = "age_outside_version";
    static final List<String> STATISTICS = List.of("t1_mean", "t1_sd", "t2_mean", "t2_sd", "change_mean",
            "change_ci_low", "change_ci_high", "t", "df", "t_test_p", "wilcoxon_p", "d_z", "d_z_ci_low",
            "d_z_ci_high", "d_baseline", "d_baseline_ci_low", "d_baseline_ci_high", "improved_pct", "unchanged_pct",
            "deteriorated_pct", "rc_n", "left_abnormal_pct", "left_abnormal_n", "avs_mean", "avs_ci_low",
            "avs_ci_high", "avs_effect_size", "avs_effect_size_ci_low", "avs_effect_size_ci_high", "avs_n",
            "avs_left_out");
    /** The statistics a file written before they were added lacks: read when present. */
    static final List<String> ADDED_LATER = List.of("rc_n", "left_abnormal_n", "avs_n", "avs_left_out");

    private final CsvLineWriter out;
    private final boolean decimalComma;
    private CohortReport report;

    CohortCsvWriter(CsvLineWriter out, boolean decimalComma) {
        this.out = out;
        this.decimalComma = decimalComma;
    }

    /** Writes the header (from the first report's grouping columns) and every report's rows. */
    void write(List<CohortReport> reports) {
        List<String> header = new ArrayList<>(List.of("instrument", "informant"));
        header.addAll(reports.isEmpty() ? List.of() : reports.get(0).grouping().columns());
        header.addAll(List.of("level", "measure", "direction", "n", SUPPRESSED, MIN_CELL, "percent_of_all",
                "percent_of_row"));
        header.addAll(STATISTICS);
        header.add("missing");
        header.add(AGE_OUTSIDE_VERSION);
        out.line(header);
        for (CohortReport r : reports) {
            report = r;
            for (CohortGroup group : r.groups()) {
                pairsRow(group);
                for (int s = 0; s < r.scales().size(); s++) {
                    scaleRow(group, r.scales().get(s), s);
                }
            }
        }
    }

    private void start(CohortGroup group, String measure, String direction) {
        out.field(report.instrument());
        out.field(report.informant());
        group.values().forEach(out::text);
        out.field(group.level().code());
        out.field(measure);
        out.field(direction);
    }

    private void pairsRow(CohortGroup group) {
        start(group, PAIRS, "");
        if (group.status().isHidden()) {
            hidden();
            return;
        }
        out.field(Integer.toString(group.pairs().orElseThrow()));
        out.field("");
        out.field(Integer.toString(report.minimum()));
        out.field(percent(group.percentOfAll()));
        out.field(percent(group.percentOfRow()));
        for (int i = 0; i <= STATISTICS.size(); i++) {
            out.field("");
        }
        FlaggedPairs flagged = report.ageOutsideVersion();
        out.field(group.level() != GroupLevel.TOTAL ? "" : flagged.belowMinimum() ? "<" + report.minimum()
                : flagged.count().isPresent() ? Integer.toString(flagged.count().getAsInt()) : "");
        out.endLine();
    }

    private void scaleRow(CohortGroup group, CohortScale scale, int s) {
        start(group, scale.name(), scale.direction().code());
        if (group.status().isHidden()) {
            hidden();
            return;
        }
        ScaleFigures f = group.scales().get(s);
        out.field(Integer.toString(f.n()));
        out.field("");
        out.field(Integer.toString(report.minimum()));
        out.field("");
        out.field("");
        descriptives(f.t1());
        descriptives(f.t2());
        estimate(f.meanChange());
        out.field(f.tTest().map(t -> number(t.t())).orElse(""));
        out.field(f.tTest().map(t -> Integer.toString(t.df())).orElse(""));
        out.field(f.tTest().map(t -> number(t.p())).orElse(""));
        out.field(f.signedRankP().isPresent() ? number(f.signedRankP().getAsDouble()) : "");
        estimate(f.dz());
        estimate(f.dBaseline());
        out.field(percent(f.improvedPercent()));
        out.field(percent(f.unchangedPercent()));
        out.field(percent(f.deterioratedPercent()));
        out.field(count(f.reliableChangeN()));
        out.field(percent(f.leftAtypicalPercent()));
        out.field(count(f.leftAtypicalN()));
        estimate(f.meanAddedValue());
        estimate(f.meanAddedValueEffectSize());
        out.field(count(f.addedValueN()));
        out.field(count(f.addedValueLeftOut()));
        out.field(missing(f.missing()));
        out.field("");
        out.endLine();
    }

    private void hidden() {
        out.field(HIDDEN);
        out.field(HIDDEN);
        out.field(Integer.toString(report.minimum()));
        for (int i = 0; i < 2 + STATISTICS.size() + 2; i++) {
            out.field("");
        }
        out.endLine();
    }

    private void descriptives(Optional<Descriptives> d) {
        out.field(d.map(x -> number(x.mean())).orElse(""));
        out.field(d.flatMap(x -> x.sd().isPresent() ? Optional.of(number(x.sd().getAsDouble())) : Optional.empty())
                .orElse(""));
    }

    private void estimate(Optional<Estimate> e) {
        out.field(e.map(x -> number(x.value())).orElse(""));
        Optional<ConfidenceInterval> ci = e.flatMap(Estimate::ci95);
        out.field(ci.map(c -> number(c.lower())).orElse(""));
        out.field(ci.map(c -> number(c.upper())).orElse(""));
    }

    private String number(double value) {
        return decimal(exact(value));
    }

    private String percent(OptionalDouble value) {
        return value.isPresent() ? decimal(exact(value.getAsDouble())) : "";
    }

    private static String count(OptionalInt n) {
        return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
    }

    /**
     * The shortest decimal that reads back as {@code value} ({@link Double#toString}'s digits), without an
     * exponent unless the number is tiny (a p-value of 1e-40 stays short); -0 as 0.
     */
    static String exact(double value) {
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) < 1e-6) {
            return Double.toString(value);
        }
        String plain = BigDecimal.valueOf(value).toPlainString();
        return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
    }

    private String decimal(String withPoint) {
        return decimalComma ? withPoint.replace('.', ',') : withPoint;
    }

    /** Each figure left out as {@code statistic:reason}, e.g. {@code t_test:one_child}. */
    static String missing(List<Missing> missing) {
        return missing.stream().map(m -> m.statistic() + ":" + m.reason().code()).collect(Collectors.joining("; "));
    }
}
