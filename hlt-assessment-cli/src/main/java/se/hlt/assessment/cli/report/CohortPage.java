package se.hlt.assessment.cli.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.hlt.assessment.cli.CohortFormat;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.instrument.InstrumentCatalog;

/**
 * The printed pages of a cohort report ({@code hlt report --cohort}), for a process leader's annual follow-up:
 * an overview page (every group with its pairs, or hidden and why; how many groups are hidden; the change of the
 * main score per group as a chart), then a page per shown group with the table of every score and a chart of
 * each score's effect size. Only what the report holds is shown: a hidden group has no figures to show, and the
 * page says how many groups are hidden and why.
 */
final class CohortPage {

    /** The note on the AVS's left-out pairs, which names the model's ages rather than the minimum. */
    private static final String AVS_LEFT_OUT = "cohort.note.avs.left.out";

    private final Messages m;
    private final Locale locale;
    private final CohortFormat format;
    private final LocalDate printed;

    CohortPage(Messages messages, LocalDate printed) {
        this.m = messages;
        this.locale = messages.locale();
        this.format = new CohortFormat(messages);
        this.printed = printed;
    }

    /** The overview page, then a page per shown group. */
    Html of(CohortReport report) {
        Html pages = overview(report);
        for (CohortGroup group : report.groups()) {
            if (!group.status().isHidden()) {
                pages.append(groupPage(report, group));
            }
        }
        return pages;
    }

    private Html overview(CohortReport report) {
        Html page = new Html().open("section", "class", "page cohort")
                .append(heading(report, Optional.empty()))
                .element("h2", m.get("report.cohort.groups"))
                .append(groupTable(report))
                .element("p", suppression(report), "class", "summary");
        String ages = format.ageOutsideVersionNote(report);
        if (!ages.isEmpty()) {
            page.element("p", ages, "class", "summary");
        }
        Optional<Integer> main = mainScale(report);
        if (main.isPresent()) {
            CohortScale scale = report.scales().get(main.get());
            List<ChangeChart.Row> rows = new ArrayList<>();
            for (CohortGroup group : report.groups()) {
                if (!group.status().isHidden()) {
                    ScaleFigures f = group.scales().get(main.get());
                    rows.add(new ChangeChart.Row(format.groupName(report.grouping(), group), scale.direction(),
                            f.meanChange(), format.estimate(f.meanChange())));
                }
            }
            if (!rows.isEmpty()) {
                page.append(chart(m.get("report.cohort.chart.groups", format.scaleName(scale))).draw(rows));
            }
        }
        return page.append(explanation(report, List.of("report.cohort.explain.what", "report.cohort.explain.groups",
                        "report.cohort.explain.small", "report.cohort.explain.not.child")))
                .append(sources(report))
                .element("footer", m.get("report.cohort.privacy"))
                .close("section");
    }

    private Html groupPage(CohortReport report, CohortGroup group) {
        Html page = new Html().open("section", "class", "page cohort")
                .append(heading(report, Optional.of(group)))
                .element("h2", m.get("report.cohort.figures"))
                .append(scaleTable(report, group));
        List<ChangeChart.Row> rows = new ArrayList<>();
        for (int s = 0; s < report.scales().size(); s++) {
            CohortScale scale = report.scales().get(s);
            ScaleFigures f = group.scales().get(s);
            rows.add(new ChangeChart.Row(format.scaleName(scale), scale.direction(), f.dz(), format.estimate(f.dz())));
        }
        page.append(chart(m.get("report.cohort.chart.scales")).draw(rows));
        List<String> notes = new ArrayList<>();
        String ors = report.instrument().equals("sdq") ? "" : ".ors";
        notes.add("cohort.note.change" + ors);
        notes.add("cohort.note.columns" + ors);
        notes.add("report.cohort.explain.dz" + ors);
        notes.add("cohort.note.n");
        if (report.scales().stream().anyMatch(CohortScale::addedValue)) {
            notes.add("cohort.note.avs");
            notes.add("report.cohort.explain.avs");
            notes.add(AVS_LEFT_OUT);
        }
        return page.append(explanation(report, notes))
                .element("footer", m.get("report.cohort.privacy"))
                .close("section");
    }

    private Html heading(CohortReport report, Optional<CohortGroup> group) {
        List<String> facts = new ArrayList<>();
        facts.add(report.grouping().columns().isEmpty() ? m.get("report.cohort.ungrouped")
                : m.get("report.cohort.grouped", String.join(", ",
                        report.grouping().columns().stream().map(format::columnName).toList())));
        facts.add(m.get("report.cohort.minimum", String.valueOf(report.minimum())));
        facts.add(m.get("report.printed", printed.toString()));
        String subtitle = m.get("report.cohort.subtitle", report.instrument().toUpperCase(Locale.ROOT),
                m.getOrElse("informant." + report.informant(), report.informant()));
        Html header = new Html().open("header").element("h1", m.get("report.cohort.title"))
                .element("p", subtitle, "class", "subtitle");
        group.ifPresent(g -> header.element("p", m.get("report.cohort.group.heading",
                format.groupName(report.grouping(), g)) + " \u2014 " + format.pairs(g), "class", "subtitle"));
        return header.element("p", String.join(" \u00b7 ", facts), "class", "facts").close("header");
    }

    private Html groupTable(CohortReport report) {
        Html t = new Html().open("table", "class", "groups").open("thead").open("tr")
                .element("th", m.get("report.cohort.column.group"))
                .element("th", m.get("report.cohort.column.pairs"), "class", "num")
                .element("th", m.get("report.cohort.column.share"), "class", "num")
                .element("th", m.get("report.cohort.column.status"))
                .close("tr").close("thead").open("tbody");
        for (CohortGroup group : report.groups()) {
            boolean hidden = group.status().isHidden();
            t.open("tr", "class", hidden ? "hidden " + group.level().code() : group.level().code())
                    .element("td", format.groupName(report.grouping(), group))
                    .element("td", hidden ? CohortFormat.NONE : format.count(group.pairs().orElseThrow()),
                            "class", "num")
                    .element("td", group.percentOfAll().isPresent()
                            ? String.format(locale, "%.1f %%", group.percentOfAll().getAsDouble()) : CohortFormat.NONE,
                            "class", "num")
                    .element("td", hidden ? format.hidden() : m.get("report.cohort.shown"))
                    .close("tr");
        }
        return t.close("tbody").close("table");
    }

    private Html scaleTable(CohortReport report, CohortGroup group) {
        List<String> headings = List.of(m.get("cohort.col.scale"), "n", m.get("cohort.col.t1"),
                m.get("cohort.col.t2"), m.get("cohort.col.change"), m.get("cohort.col.p.t"), m.get("cohort.col.p.w"),
                m.get("cohort.col.dz"), m.get("report.cohort.col.rc"), m.get("cohort.col.left"),
                m.get("cohort.col.avs"));
        Html t = new Html().open("table", "class", "cohort").open("thead").open("tr");
        for (int i = 0; i < headings.size(); i++) {
            t.element("th", headings.get(i), "class", i == 0 ? "scale" : "num");
        }
        t.close("tr").close("thead").open("tbody");
        for (int s = 0; s < report.scales().size(); s++) {
            ScaleFigures f = group.scales().get(s);
            t.open("tr").element("td", format.scaleName(report.scales().get(s)), "class", "scale")
                    .element("td", format.count(f.n()), "class", "num")
                    .append(twoLines(format.mean(f.t1()), format.sd(f.t1())))
                    .append(twoLines(format.mean(f.t2()), format.sd(f.t2())))
                    .append(twoLines(format.value(f.meanChange()), format.interval(f.meanChange())))
                    .element("td", format.tTestP(f), "class", "num")
                    .element("td", format.p(f.signedRankP()), "class", "num")
                    .append(twoLines(format.value(f.dz()), format.interval(f.dz())))
                    .append(twoLines(format.reliableChangeShort(f), format.ofN(f.reliableChangeN())))
                    .append(twoLines(format.percent(f.leftAtypicalPercent()), format.ofN(f.leftAtypicalN())))
                    .append(addedValue(f))
                    .close("tr");
        }
        return t.close("tbody").close("table");
    }

    /** The mean AVS over its CI, and below them the children it rests on and those left out, a line each. */
    private Html addedValue(ScaleFigures f) {
        Html cell = new Html().open("td", "class", "num").text(format.value(f.meanAddedValue()));
        List<String> below = new ArrayList<>(List.of(format.interval(f.meanAddedValue())));
        below.addAll(format.addedValueCountParts(f));
        for (String line : below) {
            if (!line.isEmpty()) {
                cell.empty("br").element("span", line, "class", "ci");
            }
        }
        return cell.close("td");
    }

    /** A cell of a figure over its SD or CI, in smaller type, so that neither is broken across lines. */
    private static Html twoLines(String figure, String below) {
        Html cell = new Html().open("td", "class", "num").text(figure);
        if (!below.isEmpty()) {
            cell.empty("br").element("span", below, "class", "ci");
        }
        return cell.close("td");
    }

    /** How many groups are hidden and why, in one sentence. */
    private String suppression(CohortReport report) {
        return report.hidden() == 0 ? m.get("cohort.note.none", String.valueOf(report.minimum()))
                : m.get("cohort.note.hidden", String.valueOf(report.hidden()), String.valueOf(report.minimum()));
    }

    /**
     * The score the overview charts: the one the Added Value Score belongs to, else the first composite of the
     * instrument's definitions (total difficulties for the SDQ, the total for the ORS family), as the data says.
     */
    private static Optional<Integer> mainScale(CohortReport report) {
        for (int s = 0; s < report.scales().size(); s++) {
            if (report.scales().get(s).addedValue()) {
                return Optional.of(s);
            }
        }
        Set<String> totals = InstrumentCatalog.builtIn().all().stream()
                .filter(d -> d.family().equals(report.instrument()) && !d.composites().isEmpty())
                .map(d -> d.composites().get(0).name()).collect(Collectors.toSet());
        for (int s = 0; s < report.scales().size(); s++) {
            String name = report.scales().get(s).name();
            // a pairs column is the score's name after the informant's prefix (pebdtot, ors_self_total)
            if (totals.stream().anyMatch(name::endsWith)) {
                return Optional.of(s);
            }
        }
        return report.scales().isEmpty() ? Optional.empty() : Optional.of(0);
    }

    private ChangeChart chart(String title) {
        return new ChangeChart(new ChangeChart.ChartText(title, m.get("report.cohort.chart.better"),
                m.get("report.cohort.chart.none")), locale);
    }

    private Html explanation(CohortReport report, List<String> keys) {
        Html html = new Html().open("div", "class", "explain").element("h2", m.get("report.explain.heading"));
        for (String key : keys) {
            if (key.equals(AVS_LEFT_OUT)) {
                html.element("p", m.get(key, format.addedValueAges()));
                continue;
            }
            String text = m.get(key);
            // only texts that name the minimum go through MessageFormat, which would eat an apostrophe
            html.element("p", text.contains("{0}") ? m.get(key, String.valueOf(report.minimum())) : text);
        }
        return html.close("div");
    }

    private Html sources(CohortReport report) {
        Html html = new Html().open("div", "class", "sources").element("h2", m.get("report.sources")).open("ul");
        html.element("li", m.get("report.cohort.source.tests"));
        html.element("li", m.get("report.cohort.source.rci"));
        if (report.scales().stream().anyMatch(CohortScale::addedValue)) {
            html.element("li", m.get("report.cohort.source.avs"));
        }
        return html.close("ul").close("div");
    }
}
