package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Score;

/**
 * The page of a baseline and a follow-up form of the same child: both profiles on one chart, and per score the
 * two values, the change in points and what it means given the score's direction (for a difficulty a fall is an
 * improvement, for the prosocial scale a rise is), with the reliable-change verdict and the Added Value Score
 * where a {@link ChangeJudgement} gives them.
 */
final class PairPage {

    private final Messages m;
    private final Locale locale;
    private final PageParts parts;
    private final ProfileRows rows;
    private final ChangeJudgement judgement;

    PairPage(Messages messages, PageParts parts, ProfileRows rows, ChangeJudgement judgement) {
        this.m = messages;
        this.locale = messages.locale();
        this.parts = parts;
        this.rows = rows;
        this.judgement = judgement;
    }

    Html of(ScoredForm first, ScoredForm followUp) {
        Html page = new Html().open("section", "class", "page pair")
                .append(parts.heading(followUp, m.get("report.pair.subtitle", first.definition().name().in(locale),
                        followUp.definition().name().in(locale))))
                .append(parts.h2("report.profile.pair"))
                .append(Charts.profile(m, rows.legend(followUp), true).draw(rows.of(first, followUp), true))
                .append(parts.h2("report.change"));
        Set<PageParts.Cited> bases = new LinkedHashSet<>();
        page.append(changes(first, followUp, bases));
        Optional<ChangeJudgement.AddedValue> avs = judgement.addedValue(first.result(), followUp.result());
        avs.ifPresent(a -> {
            page.element("p", m.get("report.avs", decimal(a.value())), "class", "avs");
            page.element("p", a.caveat().in(locale), "class", "caveat");
            a.notes().forEach(n -> page.element("p", n.in(locale), "class", "caveat"));
            bases.add(new PageParts.Cited("report.source.avs", a.model()));
        });
        List<String> explain = new ArrayList<>(List.of("report.explain.what", "report.explain.chart.pair"));
        explain.add(bases.isEmpty() ? "report.explain.change.chance" : "report.explain.change.reliable");
        explain.add("report.explain.not.diagnosis");
        return page.append(parts.explanation(explain))
                .append(parts.sources(List.of(first, followUp), List.copyOf(bases)))
                .append(parts.footer())
                .close("section");
    }

    private Html changes(ScoredForm first, ScoredForm followUp, Set<PageParts.Cited> bases) {
        FormResult t1 = first.result();
        FormResult t2 = followUp.result();
        List<Optional<ChangeJudgement.Verdict>> verdicts = new ArrayList<>();
        for (Score s : t2.scores()) {
            verdicts.add(judgement.reliableChange(s.name(), t1, t2));
        }
        boolean anyVerdict = verdicts.stream().anyMatch(Optional::isPresent);
        Html t = new Html().open("table", "class", anyVerdict ? "scores change judged" : "scores change")
                .open("thead").open("tr")
                .element("th", m.get("column.scale"))
                .element("th", m.get("report.column.first"), "class", "num")
                .element("th", m.get("report.column.followup"), "class", "num")
                .element("th", m.get("report.column.change"), "class", "num delta")
                .element("th", m.get("report.column.meaning"), "class", "meaning");
        if (anyVerdict) {
            t.element("th", m.get("report.column.reliable"));
        }
        t.close("tr").close("thead").open("tbody");
        for (int i = 0; i < t2.scores().size(); i++) {
            Score s = t2.scores().get(i);
            OptionalInt before = t1.value(s.name());
            t.open("tr").element("td", Texts.scoreLabel(followUp, s.name(), locale))
                    .element("td", valueAndBand(t1, s.name()), "class", "num")
                    .element("td", valueAndBand(t2, s.name()), "class", "num")
                    .element("td", change(before, s.value()), "class", "num")
                    .element("td", meaning(followUp, s.name(), before, s.value()));
            if (anyVerdict) {
                Optional<ChangeJudgement.Verdict> v = verdicts.get(i);
                t.element("td", v.map(x -> m.getOrElse("report.reliable." + x.status(), x.status())).orElse(""));
                v.ifPresent(x -> x.basis().forEach(table -> bases.add(new PageParts.Cited("report.source.reliable",
                        table))));
            }
            t.close("tr");
        }
        return t.close("tbody").close("table");
    }

    private String valueAndBand(FormResult result, String score) {
        Optional<Score> s = result.score(score);
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

    private static String change(OptionalInt before, OptionalInt after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "\u2013";
        }
        int d = after.getAsInt() - before.getAsInt();
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private String meaning(ScoredForm form, String score, OptionalInt before, OptionalInt after) {
        if (before.isEmpty() || after.isEmpty()) {
            return "";
        }
        int d = after.getAsInt() - before.getAsInt();
        if (d == 0) {
            return m.get("report.meaning.same");
        }
        boolean higherIsBetter = form.definition().direction(score).orElse(Direction.HIGHER_IS_WORSE)
                == Direction.HIGHER_IS_BETTER;
        return m.get((d > 0) == higherIsBetter ? "report.meaning.better" : "report.meaning.worse");
    }
}
