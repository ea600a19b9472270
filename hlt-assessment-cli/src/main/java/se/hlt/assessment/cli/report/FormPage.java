package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.pairing.Lookalike;
import se.hlt.assessment.pairing.Unpaired;
import se.hlt.assessment.scoring.BandScheme;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.NormScore;
import se.hlt.assessment.scoring.ReportedAnswer;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.ScoreKind;
import se.hlt.assessment.scoring.Warning;

/** The page of one form: profile chart, scores with their bands, norms comparisons, explanation, sources. */
final class FormPage {

    private final Messages m;
    private final Locale locale;
    private final PageParts parts;
    private final ProfileRows rows;

    FormPage(Messages messages, PageParts parts, ProfileRows rows) {
        this.m = messages;
        this.locale = messages.locale();
        this.parts = parts;
        this.rows = rows;
    }

    /**
     * The page of {@code form}.
     *
     * @param notPaired why the form was not paired with another, when the page should say so
     * @param lookalikes the ids like this form's that differ only in case or spaces
     */
    Html of(ScoredForm form, Optional<Unpaired> notPaired, List<Lookalike> lookalikes) {
        FormResult result = form.result();
        Html page = new Html().open("section", "class", "page")
                .append(parts.heading(form, form.definition().name().in(locale)));
        notPaired.ifPresent(u -> page.element("p", m.get("report.not.paired", Texts.unpaired(m, u)), "class",
                "caveat"));
        lookalikes.forEach(l -> page.element("p", l.message(locale), "class", "caveat"));
        form.result().context().date().ifPresent(d -> page.element("p", m.get("report.date", d.toString()), "class",
                "note"));
        page
                .append(parts.h2("report.profile"))
                .append(Charts.profile(m, rows.legend(form), false).draw(rows.of(form), false))
                .append(parts.h2("report.scores"))
                .append(scores(form));
        notes(form, page);
        List<String> explain = new ArrayList<>(List.of("report.explain.what"));
        // with no band table (the preschool teacher version) the chart is grey: no text may speak of a red field
        boolean banded = !rows.legend(form).isEmpty();
        explain.add(banded ? "report.explain.chart" : "report.explain.no.bands");
        explain.add(banded ? "report.explain.not.diagnosis" : "report.explain.not.diagnosis.no.bands");
        if (result.scores().stream().anyMatch(Score::prorated)) {
            explain.add("report.explain.prorated");
        }
        return page.append(parts.explanation(explain))
                .append(parts.sources(List.of(form), List.of()))
                .append(parts.footer())
                .close("section");
    }

    private Html scores(ScoredForm form) {
        // a scheme with no table for this version has nothing to show in its column: the sources say so
        List<BandScheme> schemes = form.result().bandSchemes().stream().filter(s -> s.table().isPresent()).toList();
        Html t = new Html().open("table", "class", "scores").open("thead").open("tr")
                .element("th", m.get("column.scale"))
                .element("th", m.get("column.score"), "class", "num")
                .element("th", m.get("report.column.answered"), "class", "num");
        schemes.forEach(s -> t.element("th", m.getOrElse("scheme." + s.scheme(), s.scheme())));
        t.close("tr").close("thead").open("tbody");
        for (Score s : form.result().scores()) {
            t.open("tr", "class", s.kind() == ScoreKind.COMPOSITE ? "composite" : "scale")
                    .element("td", Texts.scoreLabel(form, s.name(), locale))
                    .element("td", s.value().isPresent() ? String.valueOf(s.value().getAsInt()) : "\u2013",
                            "class", "num")
                    .element("td", s.kind() == ScoreKind.COMPOSITE ? ""
                            : s.answered() + "/" + s.outOf() + (s.prorated() ? " *" : ""), "class", "num");
            for (BandScheme scheme : schemes) {
                t.element("td", s.band(scheme.scheme()).map(b -> Texts.band(m, b)).orElse(""));
            }
            t.close("tr");
        }
        return t.close("tbody").close("table");
    }

    /** Reported answers, norms comparisons and warnings, as short lines under the table. */
    private void notes(ScoredForm form, Html page) {
        FormResult result = form.result();
        List<String> answers = new ArrayList<>();
        for (ReportedAnswer r : result.reported()) {
            answers.add(m.getOrElse("question." + r.question(), r.question()) + ": "
                    + r.option().map(o -> m.getOrElse("option." + o, o)).orElse("\u2013"));
        }
        if (!answers.isEmpty()) {
            page.element("p", m.get("reported") + ": " + String.join("; ", answers), "class", "note");
        }
        for (NormComparison c : result.norms()) {
            List<String> zs = new ArrayList<>();
            for (NormScore s : c.scores()) {
                String shown = s.z().isPresent() ? String.format(locale, "z %+.2f", s.z().getAsDouble())
                        : s.band().map(b -> Texts.band(m, b)).orElse("");
                if (!shown.isEmpty()) {
                    zs.add(Texts.scoreLabel(form, s.score(), locale) + " " + shown);
                }
            }
            page.element("p", m.get("norms.compared", c.table().title().in(locale)) + ": " + String.join("; ", zs),
                    "class", "note");
        }
        for (Warning w : result.warnings()) {
            page.element("p", m.get("warning") + ": " + m.get("warning." + w.kind().code(), w.field(), w.detail()),
                    "class", "note");
        }
    }
}
