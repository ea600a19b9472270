package se.hlt.assessment.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.ScaleFigures;

/**
 * A cohort report as a table to read, in Swedish or English: per group a line naming it with its pairs and their
 * share, then a row per score with n and the figures; a hidden group says only that it is hidden, and why. The
 * notes at the foot say how many groups are hidden and why, how to read a change, and what the AVS is.
 */
final class CohortText {

    private final Messages m;
    private final CohortFormat format;

    CohortText(Messages messages) {
        this.m = messages;
        this.format = new CohortFormat(messages);
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
            String name = format.groupName(report.grouping(), group);
            if (group.status().isHidden()) {
                out.append(name).append(" — ").append(format.hidden()).append('\n');
                continue;
            }
            out.append(name).append(" — ").append(format.pairs(group)).append('\n');
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

    private List<String> scaleRow(CohortScale scale, ScaleFigures f) {
        return List.of(format.scaleName(scale), format.count(f.n()), format.meanSd(f.t1()), format.meanSd(f.t2()),
                format.estimate(f.meanChange()), format.tTestP(f), format.p(f.signedRankP()),
                format.estimate(f.dz()), format.reliableChange(f),
                format.percentOf(f.leftAtypicalPercent(), f.leftAtypicalN()), addedValue(f));
    }

    /** The mean AVS with its CI, and the children it rests on and those left out: "1.05 [..] (n 13; 29 left out)". */
    private String addedValue(ScaleFigures f) {
        String counts = format.addedValueCounts(f);
        return format.estimate(f.meanAddedValue()) + (counts.isEmpty() ? "" : " (" + counts + ")");
    }

    private String notes(CohortReport report) {
        StringBuilder notes = new StringBuilder(m.get("cohort.notes")).append('\n');
        if (report.hidden() == 0) {
            notes.append("  ").append(m.get("cohort.note.none", String.valueOf(report.minimum()))).append('\n');
        } else {
            notes.append("  ").append(m.get("cohort.note.hidden", String.valueOf(report.hidden()),
                    String.valueOf(report.minimum()))).append('\n');
        }
        String instrument = report.instrument().equals("sdq") ? "" : ".ors";
        notes.append("  ").append(m.get("cohort.note.change" + instrument)).append('\n');
        notes.append("  ").append(m.get("cohort.note.columns" + instrument)).append('\n');
        notes.append("  ").append(m.get("cohort.note.n")).append('\n');
        String ages = format.ageOutsideVersionNote(report);
        if (!ages.isEmpty()) {
            notes.append("  ").append(ages).append('\n');
        }
        if (report.scales().stream().anyMatch(CohortScale::addedValue)) {
            notes.append("  ").append(m.get("cohort.note.avs")).append('\n');
            notes.append("  ").append(m.get("cohort.note.avs.left.out", format.addedValueAges())).append('\n');
        }
        return notes.toString();
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
