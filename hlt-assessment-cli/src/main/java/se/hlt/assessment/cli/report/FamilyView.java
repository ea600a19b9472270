package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.List;
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

    FamilyView(Messages messages) {
        this.m = messages;
    }

    /**
     * One line of the follow-up's reported answers, e.g. "The family's own view: Difficulties: yes, definite (T1),
     * yes, minor (T2) · Problems since coming to the service: a bit better"; nothing when the follow-up reports none
     * (or none is answered). One line rather than a table, so that the pair still fits on one A4 page. No arrow
     * between the two answers: the PDF's standard fonts have none (it printed as #), and T1/T2 say it in words.
     */
    Html of(ScoredForm first, ScoredForm followUp) {
        FormResult t1 = first.result();
        FormResult t2 = followUp.result();
        Html html = new Html();
        List<String> answers = new ArrayList<>();
        for (ReportedAnswer answer : t2.reported()) {
            // the baseline asks some of the same questions (difficulties, burden): its answer goes first
            Optional<ReportedAnswer> before = t1.reported(answer.question());
            if (answer.option().isEmpty() && before.flatMap(ReportedAnswer::option).isEmpty()) {
                continue; // unanswered at both times: nothing the family said
            }
            answers.add(m.getOrElse("question." + answer.question(), answer.question()) + ": "
                    + before.map(b -> option(b) + " (T1), " + option(answer) + " (T2)").orElse(option(answer)));
        }
        if (answers.isEmpty()) {
            return html;
        }
        return html.element("p", m.get("report.family.view") + ": " + String.join(" \u00b7 ", answers),
                "class", "note family");
    }

    private String option(ReportedAnswer answer) {
        return answer.option().map(o -> m.getOrElse("option." + o, o)).orElse(DASH);
    }
}
