package se.hlt.assessment.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.ConfidenceInterval;
import se.hlt.assessment.cohort.Descriptives;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.cohort.Missing;
import se.hlt.assessment.cohort.MissingReason;
import se.hlt.assessment.cohort.PairedTTest;
import se.hlt.assessment.cohort.ScaleFigures;

/** Reads one score's row of a cohort table ({@link CohortTableCsv}) into its figures. */
final class CohortScaleRows {

    private CohortScaleRows() {
    }

    /** The figures of score {@code scale} in its row {@code r}; a cell that cannot be read is a problem. */
    static ScaleFigures figures(CohortCells cells, CsvRecord r, CohortScale scale) {
        int n = cells.whole(r, "n").orElse(0);
        return new ScaleFigures(scale.name(), scale.direction(), n, descriptives(cells, r, "t1", n),
                descriptives(cells, r, "t2", n), estimate(cells, r, "change_mean", "change_ci"), tTest(cells, r),
                cells.number(r, "wilcoxon_p"), estimate(cells, r, "d_z", "d_z_ci"),
                estimate(cells, r, "d_baseline", "d_baseline_ci"), cells.number(r, "improved_pct"),
                cells.number(r, "unchanged_pct"), cells.number(r, "deteriorated_pct"),
                cells.whole(r, "rc_n"), cells.number(r, "left_abnormal_pct"), cells.whole(r, "left_abnormal_n"),
                estimate(cells, r, "avs_mean", "avs_ci"), estimate(cells, r, "avs_effect_size", "avs_effect_size_ci"),
                cells.whole(r, "avs_n"), cells.whole(r, "avs_left_out"), missing(cells, r));
    }

    private static Optional<Descriptives> descriptives(CohortCells cells, CsvRecord r, String time, int n) {
        OptionalDouble mean = cells.number(r, time + "_mean");
        return mean.isPresent() && n > 0
                ? Optional.of(new Descriptives(n, mean.getAsDouble(), cells.number(r, time + "_sd")))
                : Optional.empty();
    }

    private static Optional<Estimate> estimate(CohortCells cells, CsvRecord r, String value, String ci) {
        OptionalDouble v = cells.number(r, value);
        OptionalDouble low = cells.number(r, ci + "_low");
        OptionalDouble high = cells.number(r, ci + "_high");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<ConfidenceInterval> interval = low.isPresent() && high.isPresent()
                ? Optional.of(new ConfidenceInterval(low.getAsDouble(), high.getAsDouble(),
                        ConfidenceInterval.LEVEL_95))
                : Optional.empty();
        return Optional.of(new Estimate(v.getAsDouble(), interval));
    }

    private static Optional<PairedTTest> tTest(CohortCells cells, CsvRecord r) {
        OptionalDouble t = cells.number(r, "t");
        OptionalInt df = cells.whole(r, "df");
        OptionalDouble p = cells.number(r, "t_test_p");
        return t.isPresent() && df.isPresent() && p.isPresent()
                ? Optional.of(new PairedTTest(t.getAsDouble(), df.getAsInt(), p.getAsDouble())) : Optional.empty();
    }

    private static List<Missing> missing(CohortCells cells, CsvRecord r) {
        List<Missing> missing = new ArrayList<>();
        for (String part : cells.cell(r, "missing").split(";")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            if (p.isEmpty()) {
                continue;
            }
            Optional<MissingReason> reason = colon < 0 ? Optional.empty() : reason(p.substring(colon + 1));
            if (reason.isEmpty()) {
                cells.problem(r, "cohort_file.missing");
                continue;
            }
            missing.add(new Missing(p.substring(0, colon), reason.get()));
        }
        return missing;
    }

    private static Optional<MissingReason> reason(String code) {
        for (MissingReason r : MissingReason.values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
