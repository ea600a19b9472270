package se.hlt.assessment.cli.report;

import java.util.Optional;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.ReportedAnswer;

/**
 * The family's own view on a pair page: the answers to the questions the follow-up form reports but does not
 * score (the overall difficulties question, the burden, and the follow-up questions: problems since coming to the
 * service, help in other ways), with the baseline's answer beside the follow-up's where the baseline asks the same
 * question. A page of a single follow-up form lists these answers; without this the pair page would lose them,
 * and they are what the family says about the change in its own words.
 *
 * <p>Questions are named by their short labels in the bundles ({@code question.*}), never by the items' wording,
 * which is copyrighted.
 */
final class FamilyView {

    private static final String DASH = "\u2013";

    private final Messages m;
    private final PageParts parts;

    FamilyView(Messages messages, PageParts parts) {
        this.m = messages;
        this.parts = parts;
    }

    /** The heading and table of the follow-up's reported answers; nothing when the follow-up reports none. */
    Html of(ScoredForm first, ScoredForm followUp) {
        FormResult t1 = first.result();
        FormResult t2 = followUp.result();
        Html html = new Html();
        if (t2.reported().isEmpty()) {
            return html;
        }
        html.append(parts.h2("report.family.view"));
        html.open("table", "class", "scores reported").open("thead").open("tr")
                .element("th", m.get("report.column.question"))
                .element("th", m.get("report.column.first"))
                .element("th", m.get("report.column.followup"))
                .close("tr").close("thead").open("tbody");
        for (ReportedAnswer answer : t2.reported()) {
            // the baseline asks some of the same questions (difficulties, burden): "–" where it does not
            Optional<ReportedAnswer> before = t1.reported(answer.question());
            html.open("tr", "class", "q-" + answer.question())
                    .element("td", m.getOrElse("question." + answer.question(), answer.question()))
                    .element("td", before.map(this::option).orElse(DASH))
                    .element("td", option(answer))
                    .close("tr");
        }
        return html.close("tbody").close("table");
    }

    private String option(ReportedAnswer answer) {
        return answer.option().map(o -> m.getOrElse("option." + o, o)).orElse(DASH);
    }
}
