package se.hlt.assessment.cli.enter;

import java.util.List;
import java.util.stream.Collectors;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseOption;
import se.hlt.assessment.instrument.ResponseScale;

/**
 * How form entry names questions and answers: by item number and short name, or by the short name and the
 * bundle's name of the question; never by the form's copyrighted wording.
 */
final class QuestionTexts {

    private final Messages m;

    QuestionTexts(Messages messages) {
        this.m = messages;
    }

    /** {@code item 7 (obeys)}, or {@code ebddiff (Difficulties)} for an unnumbered question. */
    String name(Question q) {
        return q.number().isPresent() ? m.get("enter.item", q.number().getAsInt(), q.name())
                : q.name() + " (" + m.getOrElse("question." + q.name(), q.name()) + ")";
    }

    /** The codes of a scale, as {@code 0, 1 or 2}. */
    String codes(ResponseScale scale) {
        return orList(scale.options().stream().map(o -> String.valueOf(o.code())).toList());
    }

    /** The options of a scale with their codes, as {@code 0 no, 1 yes, minor, ...}. */
    String options(ResponseScale scale) {
        return scale.options().stream().map(this::option).collect(Collectors.joining("; "));
    }

    private String option(ResponseOption o) {
        return o.code() + " " + m.getOrElse("option." + o.label(), o.label().replace('_', ' '));
    }

    /** {@code a, b or c} in the chosen language. */
    String orList(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + m.get("enter.or") + " "
                + parts.get(parts.size() - 1);
    }
}
