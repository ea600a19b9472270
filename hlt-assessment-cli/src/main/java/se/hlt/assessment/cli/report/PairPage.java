package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.comparison.PairChange;
import se.hlt.assessment.comparison.ScoreChange;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Score;

/**
 * The page of a baseline and a follow-up form of the same child: both profiles on one chart, and per score the
 * two values, the change in points and what it means given the score's direction (for a difficulty a fall is an
 * improvement, for the prosocial scale a rise is), with the reliable change status and the Added Value Score as
 * the library's {@link PairChange} gives them. Where the child has no reliable change index, the page says why.
 */
final class PairPage {

    private final Messages m;
    private final Locale locale;
    private final PageParts parts;
    private final ProfileRows rows;
    private final FamilyView familyView;

    PairPage(Messages messages, PageParts parts, ProfileRows rows) {
        this.m = messages;
        this.locale = messages.locale();
        this.parts = parts;
        this.rows = rows;
        this.familyView = new FamilyView(messages);
    }

    Html of(ScoredForm first, ScoredForm followUp, PairChange change) {
        Html page = new Html().open("section", "class", "page pair")
                .append(parts.heading(followUp, m.get("report.pair.subtitle", first.definition().name().in(locale),
                        followUp.definition().name().in(locale))))
                .append(new Html().element("h2", profileHeading(change)));
        windowNote(change).ifPresent(note -> page.element("p", note, "class", "caveat"));
        page
                .append(Charts.profile(m, rows.legend(followUp), true).draw(rows.of(first, followUp), true))
                .append(parts.h2("report.change"));
        Set<PageParts.Cited> bases = new LinkedHashSet<>();
        page.append(changes(first, followUp, change, bases));
        if (!change.hasReliableChange()) {
            page.element("p", m.get("report.rci.none", ageText(change), sexText(change), whyNoIndex(change)),
                    "class", "caveat");
        }
        change.addedValue().ifPresent(a -> addedValue(page, a, bases));
        page.append(familyView.of(first, followUp));
        // no "what the SDQ is" here (each form's own page says it): the family's answers take its place, so that
        // the pair still fits on one A4 page; with no band table (the preschool teacher version) the chart is grey,
        // and no text may speak of a red field
        boolean banded = !rows.legend(followUp).isEmpty();
        List<String> explain = new ArrayList<>(List.of(banded ? "report.explain.chart.pair"
                : "report.explain.chart.pair.no.bands"));
        boolean judged = change.scores().stream().anyMatch(s -> s.reliableChange().isPresent());
        explain.add(judged ? "report.explain.change.reliable" : "report.explain.change.chance");
        explain.add(banded ? "report.explain.not.diagnosis" : "report.explain.not.diagnosis.no.bands");
        return page.append(parts.explanation(explain))
                .append(parts.sources(List.of(first, followUp), List.copyOf(bases)))
                .append(parts.footer())
                .close("section");
    }

    /**
     * The heading over the chart, with each form's date and the interval in days and months where both are
     * dated: the library's values ({@link PairChange#intervalDays()}), as hlt compare writes them. In the heading
     * rather than a line of its own, so that the pair still fits on one A4 page.
     */
    private String profileHeading(PairChange change) {
        if (change.baselineDate().isEmpty() && change.followUpDate().isEmpty()) {
            return m.get("report.profile.pair");
        }
        String none = m.get("report.not.given");
        String dated = m.get("report.profile.pair.dated", change.baselineDate().map(Object::toString).orElse(none),
                change.followUpDate().map(Object::toString).orElse(none));
        return change.intervalDays().isEmpty() ? dated : m.get("report.pair.interval", dated,
                change.intervalDays().getAsLong(), change.intervalMonths().getAsLong());
    }

    /**
     * The follow-up window's note for a pair whose interval falls outside it, as hlt compare notes it (its
     * interval_note, and the library's sentence for it); none within the window or without both dates.
     */
    private Optional<String> windowNote(PairChange change) {
        return change.intervalFit().filter(f -> f != FollowUpWindow.Fit.WITHIN).map(f -> m.get(
                "report.pair.window.outside", change.window().toString(), change.window().sentence(f, locale),
                change.window().note(f)));
    }

    private void addedValue(Html page, AddedValueScore a, Set<PageParts.Cited> bases) {
        page.element("p", m.get("report.avs", decimal(a.value())), "class", "avs");
        page.element("p", a.caveat().in(locale), "class", "caveat");
        a.notes().forEach(n -> page.element("p", n.in(locale), "class", "caveat"));
        bases.add(new PageParts.Cited("report.source.avs", a.model()));
    }

    /** Why the child has no index, in the page's language: the domain's reasons, as hlt compare's rci_note. */
    private String whyNoIndex(PairChange change) {
        List<String> why = change.tables().reasons().stream().map(r -> m.get("rci.reason." + r.code())).toList();
        return why.isEmpty() ? m.get("rci.reason.no_score") : String.join("; ", why);
    }

    private String ageText(PairChange change) {
        return change.age().isPresent() ? String.valueOf(change.age().getAsInt()) : m.get("report.not.given");
    }

    private String sexText(PairChange change) {
        return change.sex().map(s -> m.get("sex." + s.code())).orElse(m.get("report.not.given"));
    }

    private Html changes(ScoredForm first, ScoredForm followUp, PairChange change, Set<PageParts.Cited> bases) {
        FormResult t1 = first.result();
        FormResult t2 = followUp.result();
        boolean anyVerdict = change.scores().stream().anyMatch(s -> s.reliableChange().isPresent());
        Html t = new Html().open("table", "class", anyVerdict ? "scores change judged" : "scores change")
                .open("thead").open("tr")
                .element("th", m.get("column.scale"))
                .element("th", m.get("report.column.first"), "class", "num")
                .element("th", m.get("report.column.followup"), "class", "num")
                .element("th", m.get("report.column.change"), "class", "num delta")
                .element("th", m.get("report.column.meaning"), "class", "meaning");
        if (anyVerdict) {
            t.element("th", m.get("report.column.reliable"));
            change.tables().sdTable().ifPresent(s -> bases.add(new PageParts.Cited("report.source.reliable", s)));
            change.tables().reliabilityTable().ifPresent(r -> bases.add(new PageParts.Cited("report.source.reliable",
                    r)));
        }
        t.close("tr").close("thead").open("tbody");
        for (ScoreChange s : change.scores()) {
            t.open("tr").element("td", Texts.scoreLabel(followUp, s.score(), locale))
                    .element("td", valueAndBand(t1, s.score()), "class", "num")
                    .element("td", valueAndBand(t2, s.score()), "class", "num")
                    .element("td", change(s.change()), "class", "num")
                    .element("td", meaning(followUp, s));
            if (anyVerdict) {
                t.element("td", s.status().map(x -> m.getOrElse("report.reliable." + x.code(), x.code())).orElse(""));
            }
            t.close("tr");
        }
        return t.close("tbody").close("table");
    }

    private String valueAndBand(FormResult result, String score) {
        java.util.Optional<Score> s = result.score(score);
        if (s.isEmpty() || s.get().value().isEmpty()) {
            return "\u2013";
        }
        return s.get().value().getAsInt() + s.get().band(ProfileRows.SCHEME).map(b -> " (" + Texts.band(m, b) + ")")
                .orElse("");
    }

    /** A decimal as the report's language writes it: 3.3 in English, 3,3 in Swedish. */
    private String decimal(java.math.BigDecimal value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(2);
        // the PDF's standard fonts have no U+2212 minus sign, which the Swedish format uses
        return f.format(value).replace('\u2212', '-');
    }

    private static String change(OptionalInt d) {
        if (d.isEmpty()) {
            return "\u2013";
        }
        return d.getAsInt() > 0 ? "+" + d.getAsInt() : String.valueOf(d.getAsInt());
    }

    private String meaning(ScoredForm form, ScoreChange s) {
        if (s.change().isEmpty()) {
            return "";
        }
        int d = s.change().getAsInt();
        if (d == 0) {
            return m.get("report.meaning.same");
        }
        boolean higherIsBetter = form.definition().direction(s.score()).orElse(Direction.HIGHER_IS_WORSE)
                == Direction.HIGHER_IS_BETTER;
        return m.get((d > 0) == higherIsBetter ? "report.meaning.better" : "report.meaning.worse");
    }
}
