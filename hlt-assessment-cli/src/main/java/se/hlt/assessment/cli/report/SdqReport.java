package se.hlt.assessment.cli.report;

import java.time.LocalDate;
import java.util.List;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * The printable SDQ report: one A4 page per form or per baseline and follow-up pair, each with the profile
 * chart, the scores, a plain-language explanation and the sources, as one self-contained HTML page (inline CSS
 * and SVG, no scripts, nothing from the network). Every text comes from the message bundles; every value is
 * escaped.
 */
public final class SdqReport {

    private final Messages m;
    private final FormPage formPage;
    private final PairPage pairPage;
    private final SeriesPage seriesPage;
    private final CohortPage cohortPage;

    /**
     * A report in the language of {@code messages}.
     *
     * @param norms the norms catalog the forms were scored with (for the band ranges of the chart)
     * @param printed the date printed on every page
     */
    public SdqReport(Messages messages, NormsCatalog norms, LocalDate printed) {
        this.m = messages;
        PageParts parts = new PageParts(messages, printed);
        ProfileRows rows = new ProfileRows(messages, norms);
        this.formPage = new FormPage(messages, parts, rows);
        this.pairPage = new PairPage(messages, parts, rows);
        this.seriesPage = new SeriesPage(messages, printed);
        this.cohortPage = new CohortPage(messages, printed);
    }

    /** The whole HTML page for these sections, one printed page each. */
    public String html(List<Section> sections) {
        return html(sections, List.of());
    }

    /**
     * The whole HTML page: the SDQ {@code sections}, then the ORS/SRS {@code series}, one page per client and rater
     * (a chart of the totals with the cut-off and the reliable change band, the series table, the explanations).
     */
    public String html(List<Section> sections, List<SeriesResult> series) {
        Html body = new Html();
        for (Section s : sections) {
            body.append(s.isPair() ? pairPage.of(s.first(), s.followUp().orElseThrow(), s.change().orElseThrow())
                    : formPage.of(s.first(), s.notPaired(), s.lookalikes()));
        }
        for (SeriesResult r : series) {
            body.append(seriesPage.of(r));
        }
        String title = m.get(sections.isEmpty() && !series.isEmpty() ? "report.series.title" : "report.title");
        return PageTemplate.fill(m.locale().getLanguage(), title, body);
    }

    /**
     * The whole HTML page of cohort reports ({@code hlt report --cohort}): for each report an overview page (the
     * groups, how many are hidden and why, the change of the main score per group as a chart), then a page per
     * shown group (the table of every score and a chart of their effect sizes).
     */
    public String cohortHtml(List<CohortReport> reports) {
        Html body = new Html();
        reports.forEach(r -> body.append(cohortPage.of(r)));
        return PageTemplate.fill(m.locale().getLanguage(), m.get("report.cohort.title"), body);
    }
}
