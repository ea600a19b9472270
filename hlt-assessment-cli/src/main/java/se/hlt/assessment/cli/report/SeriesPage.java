package se.hlt.assessment.cli.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.cli.Numbers;
import se.hlt.assessment.cli.SeriesText;
import se.hlt.assessment.cli.SessionText;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.ReliableChangeRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.SeriesProblem;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * The pages of a client's ORS/SRS series, one per rater (a parent's ratings are never mixed with the child's): the
 * outcome totals as a line chart with the cut-off and the reliable change band around intake, the alliance totals
 * on a chart of their own with their cut-off, the series table session by session, and one-line explanations of
 * the cut-off, the reliable change value and what the change amounts to, then the sources of the rules used.
 */
final class SeriesPage {

    private final Messages m;
    private final Locale locale;
    private final LocalDate printed;
    private final SessionText session;
    private final SeriesText series;
    private final SeriesChart chart;

    SeriesPage(Messages messages, LocalDate printed) {
        this.m = messages;
        this.locale = messages.locale();
        this.printed = printed;
        this.session = new SessionText(messages);
        this.series = new SeriesText(messages);
        this.chart = new SeriesChart(locale);
    }

    /** One page per rater of {@code r}; a series with no rater's forms gets one page with its problems. */
    Html of(SeriesResult r) {
        Html html = new Html();
        if (r.tracks().isEmpty()) {
            return html.append(page(r, Optional.empty(), true));
        }
        for (int i = 0; i < r.tracks().size(); i++) {
            html.append(page(r, Optional.of(r.tracks().get(i)), i == r.tracks().size() - 1));
        }
        return html;
    }

    private Html page(SeriesResult r, Optional<Track> track, boolean last) {
        Html page = new Html().open("section", "class", "page series-page").append(heading(r, track));
        List<Source> sources = new ArrayList<>();
        if (track.isPresent()) {
            Track t = track.get();
            outcomeChart(t).ifPresent(page::append);
            allianceChart(t).ifPresent(page::append);
            page.element("h2", m.get("report.series.table"));
            page.append(table(t));
            page.append(lines(t, sources));
        }
        if (last && !r.problems().isEmpty()) {
            page.element("h2", m.get("series.problems"));
            Html list = new Html().open("ul", "class", "note");
            for (SeriesProblem p : r.problems()) {
                list.element("li", m.get("series.problem.row", String.valueOf(p.row()), series.problem(p)));
            }
            page.append(list.close("ul"));
        }
        Html explain = new Html().open("div", "class", "explain").element("h2", m.get("report.explain.heading"));
        for (String key : List.of("report.series.explain.what", "report.series.explain.chart",
                "report.series.explain.band", "report.series.explain.alliance", "report.series.explain.talk")) {
            explain.element("p", m.get(key));
        }
        page.append(explain.close("div"));
        Set<String> cited = new LinkedHashSet<>();
        for (Source s : sources) {
            // the note on how a source was read is English prose: a Swedish page leaves it out rather than mix languages
            String note = "en".equals(m.locale().getLanguage()) ? s.citationNote().map(n -> " " + n).orElse("") : "";
            cited.add(s.citation() + note + " [" + m.get("confidence." + s.confidence().code()) + "]");
        }
        if (!cited.isEmpty()) {
            Html list = new Html().open("div", "class", "sources").element("h2", m.get("report.sources")).open("ul");
            cited.forEach(c -> list.element("li", c));
            page.append(list.close("ul").close("div"));
        }
        return page.append(new Html().element("footer", m.get("report.privacy"))).close("section");
    }

    private Html heading(SeriesResult r, Optional<Track> track) {
        List<String> facts = new ArrayList<>();
        facts.add(m.get("child.id", r.client()));
        r.episode().ifPresent(e -> facts.add(m.get("series.episode", e)));
        track.ifPresent(t -> facts.add(m.get("series.rater", m.get("informant." + t.rater().code()))));
        facts.add(m.get("report.printed", printed.toString()));
        return new Html().open("header")
                .element("h1", m.get("report.series.title"))
                .element("p", m.get("series.title", r.client()), "class", "subtitle")
                .element("p", String.join(" \u00b7 ", facts), "class", "facts")
                .close("header");
    }

    private Optional<Html> outcomeChart(Track t) {
        List<SeriesChart.Point> points = points(t, MeasureRole.OUTCOME);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        String form = instrumentOf(t, MeasureRole.OUTCOME);
        Optional<OutcomeSummary> o = t.outcome();
        Optional<BigDecimal> cutoff = o.flatMap(OutcomeSummary::cutoffValue);
        Optional<BigDecimal[]> band = o.flatMap(s -> s.intakeTotal().isPresent() && s.reliableChangePoints()
                .isPresent() ? Optional.of(new BigDecimal[] {s.intakeTotal().get(), s.reliableChangePoints().get()})
                : Optional.empty());
        SeriesChart.ChartText text = new SeriesChart.ChartText(m.get("report.series.chart.outcome", form),
                m.get("series.column.session"),
                cutoff.map(c -> m.get("report.series.chart.cutoff", Numbers.text(c, locale))),
                band.map(b -> m.get("report.series.chart.band", Numbers.text(b[1], locale))));
        return Optional.of(chart.draw("outcome", text, axis(t), points, cutoff, band));
    }

    private Optional<Html> allianceChart(Track t) {
        List<SeriesChart.Point> points = points(t, MeasureRole.ALLIANCE);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> cutoff = t.sessions().stream().filter(s -> s.role() == MeasureRole.ALLIANCE)
                .flatMap(s -> s.cutoffValue().stream()).findFirst();
        SeriesChart.ChartText text = new SeriesChart.ChartText(
                m.get("report.series.chart.alliance", instrumentOf(t, MeasureRole.ALLIANCE)),
                m.get("series.column.session"),
                cutoff.map(c -> m.get("report.series.chart.cutoff", Numbers.text(c, locale))), Optional.empty());
        return Optional.of(chart.draw("alliance", text, axis(t), points, cutoff, Optional.empty()));
    }

    /** One session axis for both charts of the page: every session of the rater's series, whichever forms it has. */
    private static SeriesChart.Axis axis(Track t) {
        return SeriesChart.Axis.over(t.sessions().stream().map(SessionResult::session).toList());
    }

    private static List<SeriesChart.Point> points(Track t, MeasureRole role) {
        List<SeriesChart.Point> points = new ArrayList<>();
        for (SessionResult s : t.sessions()) {
            if (s.role() == role && s.total().isPresent()) {
                points.add(new SeriesChart.Point(s.session(), s.total().get()));
            }
        }
        return points;
    }

    private static String instrumentOf(Track t, MeasureRole role) {
        return t.sessions().stream().filter(s -> s.role() == role).map(s -> s.instrument().toUpperCase(Locale.ROOT))
                .distinct().reduce((a, b) -> a + "/" + b).orElse("");
    }

    private Html table(Track t) {
        TreeMap<Integer, List<SessionResult>> bySession = new TreeMap<>();
        t.sessions().forEach(s -> bySession.computeIfAbsent(s.session(), k -> new ArrayList<>()).add(s));
        Html table = new Html().open("table", "class", "series").open("thead").open("tr")
                .element("th", m.get("series.column.session"), "class", "num")
                .element("th", m.get("series.column.date"))
                .element("th", m.get("series.column.outcome"))
                .element("th", m.get("series.column.change"), "class", "num")
                .element("th", m.get("series.column.clinical"))
                .element("th", m.get("series.column.alliance"))
                .close("tr").close("thead").open("tbody");
        for (List<SessionResult> forms : bySession.values()) {
            Optional<SessionResult> outcome = forms.stream().filter(s -> s.role() == MeasureRole.OUTCOME).findFirst();
            Optional<SessionResult> alliance = forms.stream().filter(s -> s.role() == MeasureRole.ALLIANCE)
                    .findFirst();
            List<String> alerts = new ArrayList<>();
            forms.forEach(s -> s.alerts().forEach(a -> alerts.add(session.alert(a))));
            table.open("tr", "class", alerts.isEmpty() ? "session" : "session alerted")
                    .element("td", String.valueOf(forms.get(0).session()), "class", "num")
                    .element("td", forms.stream().flatMap(s -> s.date().stream()).findFirst().map(Object::toString)
                            .orElse(""))
                    .element("td", outcome.map(series::formCell).orElse(""))
                    .element("td", outcome.flatMap(SessionResult::changeSinceIntake)
                            .map(c -> Numbers.signed(c, locale)).orElse(""), "class", "num")
                    .element("td", outcome.flatMap(SessionResult::clinical)
                            .map(c -> m.get(c ? "series.yes" : "series.no")).orElse(""))
                    .element("td", alliance.map(series::formCell).orElse(""))
                    .close("tr");
            if (!alerts.isEmpty()) {
                // the session's alerts on a line of their own, across the table: in a column of their own they
                // took three lines a session and pushed a long series' footer onto a second sheet
                table.open("tr", "class", "alerts").element("td", "")
                        .element("td", m.get("series.column.alerts") + ": " + String.join("; ", alerts), "colspan",
                                "5")
                        .close("tr");
            }
        }
        return table.close("tbody").close("table");
    }

    /** The one-line explanations under the table; collects the sources of the rules they name. */
    private Html lines(Track t, List<Source> sources) {
        Html html = new Html();
        Optional<SessionResult> intake = t.sessions().stream().filter(s -> s.role() == MeasureRole.OUTCOME)
                .filter(s -> s.total().isPresent()).findFirst()
                .or(() -> t.sessions().stream().filter(s -> s.role() == MeasureRole.OUTCOME).findFirst());
        if (t.outcome().isPresent() && intake.isPresent()) {
            SessionResult first = intake.get();
            html.element("p", session.cutoffLine(first), "class", "note");
            first.cutoff().map(CutoffRule::source).ifPresent(sources::add);
            OutcomeSummary o = t.outcome().get();
            if (first.total().isPresent()) {
                html.element("p", session.reliableChangeLine(o), "class", "note");
                o.reliableChangeRule().map(ReliableChangeRule::source).ifPresent(sources::add);
                html.element("p", series.summary(o), "class", "summary");
            }
        }
        t.sessions().stream().filter(s -> s.role() == MeasureRole.ALLIANCE).findFirst().ifPresent(a -> {
            html.element("p", session.cutoffLine(a), "class", "note");
            a.cutoff().map(CutoffRule::source).ifPresent(sources::add);
        });
        return html;
    }
}
