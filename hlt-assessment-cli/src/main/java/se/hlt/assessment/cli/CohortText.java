package se.hlt.assessment.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import se.hlt.assessment.cohort.AgeBands;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.instrument.InstrumentCatalog;

/**
 * A cohort report as a table to read, in Swedish or English: per group a line naming it with its pairs and their
 * share, then a row per score with n and the figures; a hidden group says only that it is hidden, and why. The
 * notes at the foot say how many groups are hidden and why, how to read a change, and what the AVS is.
 */
final class CohortText {

    private static final String NONE = "–";

    private final Messages m;
    private final Locale locale;

    CohortText(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
    }

    /** The whole report. */
    String table(CohortReport report) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("cohort.title", report.instrument().toUpperCase(Locale.ROOT),
                m.getOrElse("informant." + report.informant(), report.informant()),
                String.valueOf(report.minimum()))).append("\n\n");
        List<String> headings = List.of(m.get("cohort.col.scale"), "n", m.get("cohort.col.t1"),
                m.get("cohort.col.t2"), m.get("cohort.col.change"), m.get("cohort.col.p.t"), m.get("cohort.col.p.w"),
                m.get("cohort.col.dz"), m.get("cohort.col.rc"), m.get("cohort.col.left"), m.get("cohort.col.avs"));
        for (CohortGroup group : report.groups()) {
            out.append(groupLine(report.grouping(), group)).append('\n');
            if (group.status().isHidden()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(headings);
            for (int s = 0; s < report.scales().size(); s++) {
                rows.add(scaleRow(report.scales().get(s), group.scales().get(s)));
            }
            out.append(aligned(rows)).append('\n');
        }
        out.append(notes(report));
        return out.toString();
    }

    private String groupLine(Grouping grouping, CohortGroup group) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < grouping.columns().size(); c++) {
            parts.add(grouping.columns().get(c) + ": " + value(grouping.columns().get(c), group.values().get(c)));
        }
        String name = parts.isEmpty() ? m.get("cohort.everyone") : String.join(" · ", parts);
        if (group.status().isHidden()) {
            String why = group.status() == CellStatus.PRIMARY ? "cohort.hidden.primary" : "cohort.hidden.secondary";
            return name + " — " + m.get(why);
        }
        StringBuilder line = new StringBuilder(name).append(" — ")
                .append(m.get("cohort.pairs", format("%,d", group.pairs().orElseThrow())));
        group.percentOfAll().ifPresent(p -> line.append(", ").append(m.get("cohort.share.all", format("%.1f", p))));
        group.percentOfRow().ifPresent(p -> line.append(", ").append(m.get("cohort.share.row", format("%.1f", p))));
        return line.toString();
    }

    private String value(String column, String value) {
        if (value.equals(Grouping.ALL)) {
            return m.get("cohort.all");
        }
        if (value.isEmpty()) {
            return NONE;
        }
        if (column.equals(Grouping.AGEBAND)) {
            return AgeBands.hlt().labelOf(value).map(l -> l.in(locale)).orElse(value);
        }
        return value;
    }

    private List<String> scaleRow(CohortScale scale, ScaleFigures f) {
        List<String> row = new ArrayList<>();
        row.add(scaleName(scale));
        row.add(format("%,d", f.n()));
        row.add(f.t1().map(d -> meanSd(d.mean(), d.sd())).orElse(NONE));
        row.add(f.t2().map(d -> meanSd(d.mean(), d.sd())).orElse(NONE));
        row.add(estimate(f.meanChange()));
        row.add(f.tTest().map(t -> p(t.p())).orElse(NONE));
        row.add(f.signedRankP().isPresent() ? p(f.signedRankP().getAsDouble()) : NONE);
        row.add(estimate(f.dz()));
        row.add(f.improvedPercent().isPresent() ? percent(f.improvedPercent()) + " / " + percent(f.unchangedPercent())
                + " / " + percent(f.deterioratedPercent()) : NONE);
        row.add(percent(f.leftAtypicalPercent()));
        row.add(estimate(f.meanAddedValue()));
        return row;
    }

    /** The score's name in the chosen language, e.g. "Emotional problems", "ORS: Total". */
    private String scaleName(CohortScale scale) {
        String column = scale.name();
        if (!scale.instrument().equals("sdq")) {
            // an ORS rater's total, e.g. ors_self_total: the family's total, named as its definitions name it
            return InstrumentCatalog.builtIn().all().stream().filter(d -> d.family().equals(scale.instrument()))
                    .map(d -> d.scoreLabel("total")).flatMap(Optional::stream).findFirst()
                    .map(l -> "ORS: " + l.in(locale)).orElse(column);
        }
        String score = column.substring(1);
        return InstrumentCatalog.builtIn().all().stream()
                .filter(d -> d.variablePrefix().equals(column.substring(0, 1)))
                .map(d -> d.scoreLabel(score)).flatMap(Optional::stream).findFirst()
                .map(l -> l.in(locale)).orElse(column);
    }

    private String notes(CohortReport report) {
        StringBuilder notes = new StringBuilder(m.get("cohort.notes")).append('\n');
        if (report.hidden() == 0) {
            notes.append("  ").append(m.get("cohort.note.none", String.valueOf(report.minimum()))).append('\n');
        } else {
            notes.append("  ").append(m.get("cohort.note.hidden", String.valueOf(report.hiddenBelowMinimum()),
                    String.valueOf(report.minimum()), String.valueOf(report.hiddenToProtect()))).append('\n');
        }
        String instrument = report.instrument().equals("sdq") ? "" : ".ors";
        notes.append("  ").append(m.get("cohort.note.change" + instrument)).append('\n');
        notes.append("  ").append(m.get("cohort.note.columns" + instrument)).append('\n');
        if (report.scales().stream().anyMatch(CohortScale::addedValue)) {
            notes.append("  ").append(m.get("cohort.note.avs")).append('\n');
        }
        return notes.toString();
    }

    private String meanSd(double mean, OptionalDouble sd) {
        return format("%.2f", mean) + (sd.isPresent() ? " (" + format("%.2f", sd.getAsDouble()) + ")" : "");
    }

    private String estimate(Optional<Estimate> estimate) {
        if (estimate.isEmpty()) {
            return NONE;
        }
        Estimate e = estimate.get();
        return format("%.2f", e.value()) + e.ci95().map(ci -> " [" + format("%.2f", ci.lower()) + ", "
                + format("%.2f", ci.upper()) + "]").orElse("");
    }

    private String p(double p) {
        return p < 0.001 ? "< " + format("%.3f", 0.001) : format("%.3f", p);
    }

    private String percent(OptionalDouble value) {
        return value.isPresent() ? format("%.0f", value.getAsDouble()) + " %" : NONE;
    }

    private String format(String pattern, Object value) {
        return String.format(locale, pattern, value);
    }

    /** Rows with each column padded to its widest cell; the first column left-aligned, the others right. */
    private static String aligned(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                out.append(c == 0 ? cell + pad : pad + cell);
                out.append(c + 1 < columns ? "  " : "\n");
            }
        }
        return out.toString();
    }
}
