package se.hlt.assessment.scoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.instrument.ResponseScale;

/**
 * The questions a version reports but does not score (the SDQ's {@code ebddiff}, {@code chronic}, {@code burden},
 * the follow-up questions), compiled once: each answer as a result holds it, and the lists of them.
 *
 * <p>A list is made as each combination of answers is first met and kept by the combination's number (code + 1 of
 * each question, mixed radix): a version reports three or four questions of a few codes each, so a few hundred
 * lists serve every form, which then allocates none. Thread-safe: racing threads may both fill a slot, each with an
 * equal immutable list, published safely through its final field.
 */
final class ReportedAnswers {

    /** The most lists kept; a version with more combinations makes a list per form. */
    private static final int MAX_LISTS = 4096;

    private final int[] questions;
    /** Per reported question, its answer as a result holds it, by code + 1 (0 for unanswered). */
    private final ReportedAnswer[][] answers;
    /** The lists by combination number; null where there are too many combinations to keep. */
    private final List<ReportedAnswer>[] lists;

    @SuppressWarnings("unchecked")
    ReportedAnswers(InstrumentDefinition d, QuestionCodes codes) {
        questions = d.reported().stream().mapToInt(codes::indexOrNull).toArray();
        answers = new ReportedAnswer[questions.length][];
        long combinations = 1;
        for (int r = 0; r < questions.length; r++) {
            answers[r] = answersOf(d, d.questions().get(questions[r]));
            combinations = Math.min(combinations * answers[r].length, MAX_LISTS + 1);
        }
        lists = combinations <= MAX_LISTS ? new List[(int) combinations] : null;
    }

    private static ReportedAnswer[] answersOf(InstrumentDefinition d, Question q) {
        ResponseScale rs = d.responsesOf(q);
        ReportedAnswer[] byCode = new ReportedAnswer[rs.maxCode() + 2];
        byCode[0] = new ReportedAnswer(q.name(), OptionalInt.empty(), Optional.empty());
        for (ResponseOption o : rs.options()) {
            byCode[o.code() + 1] = new ReportedAnswer(q.name(), OptionalInt.of(o.code()), Optional.of(o.label()));
        }
        return byCode;
    }

    /** The reported answers of a form's valid {@code codes} (missing ones as unanswered). */
    List<ReportedAnswer> of(int[] codes) {
        if (lists == null) {
            return made(codes);
        }
        int combination = 0;
        for (int r = 0; r < questions.length; r++) {
            combination = combination * answers[r].length + codes[questions[r]] + 1;
        }
        List<ReportedAnswer> list = lists[combination];
        if (list == null) {
            list = made(codes);
            lists[combination] = list;
        }
        return list;
    }

    private List<ReportedAnswer> made(int[] codes) {
        ReportedAnswer[] out = new ReportedAnswer[questions.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = answers[r][codes[questions[r]] + 1];
        }
        return FrozenList.over(out);
    }
}
