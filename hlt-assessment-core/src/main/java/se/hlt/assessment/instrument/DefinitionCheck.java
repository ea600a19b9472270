package se.hlt.assessment.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks on a definition that its JSON Schema cannot express: that every name refers to something
 * declared, that no item is scored twice, and that the numbers fit together.
 */
final class DefinitionCheck {

    private final InstrumentDefinition d;
    private final List<String> problems = new ArrayList<>();

    private DefinitionCheck(InstrumentDefinition d) {
        this.d = d;
    }

    /** Every problem with {@code definition}; empty when it is consistent. */
    static List<String> problems(InstrumentDefinition definition) {
        DefinitionCheck check = new DefinitionCheck(definition);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        if (d.ages().min() > d.ages().max()) {
            problems.add("ages: min is above max");
        }
        Map<String, ResponseScale> scalesById = new HashMap<>();
        for (ResponseScale rs : d.responseScales()) {
            if (scalesById.put(rs.id(), rs) != null) {
                problems.add("responseScales: id '" + rs.id() + "' is declared twice");
            }
            Set<Integer> codes = new HashSet<>();
            rs.options().forEach(o -> {
                if (!codes.add(o.code())) {
                    problems.add("responseScales[" + rs.id() + "]: code " + o.code() + " appears twice");
                }
            });
            if (rs.isRange() == !rs.options().isEmpty()) {
                problems.add("responseScales[" + rs.id() + "]: give either options or a range");
            }
            if (!rs.isRange() && rs.decimals() != 0) {
                problems.add("responseScales[" + rs.id() + "].decimals: only a range can have decimals");
            }
        }
        if (!d.raters().contains(d.informant())) {
            problems.add("raters: must include the informant '" + d.informant().code() + "'");
        }
        Map<String, Question> questions = new HashMap<>();
        for (Question q : d.questions()) {
            if (questions.put(q.name(), q) != null) {
                problems.add("questions: '" + q.name() + "' is declared twice");
            }
            if (!scalesById.containsKey(q.responses())) {
                problems.add("questions[" + q.name() + "].responses: no response scale '" + q.responses() + "'");
            }
        }
        d.questions().forEach(q -> q.replaces().ifPresent(r -> {
            if (questions.containsKey(r)) {
                problems.add("questions[" + q.name() + "].replaces: '" + r + "' is also a question of this version");
            }
        }));

        Set<String> scoreNames = new HashSet<>();
        Set<String> scored = new HashSet<>();
        for (ScaleRule s : d.scales()) {
            addScoreName(scoreNames, s.name());
            for (String item : s.items()) {
                requireQuestion(questions, "scales[" + s.name() + "].items", item);
                if (!scored.add(item)) {
                    problems.add("scales[" + s.name() + "].items: '" + item + "' is already in another scale");
                }
            }
            if (s.minAnswered() > s.items().size()) {
                problems.add("scales[" + s.name() + "].minAnswered: " + s.minAnswered() + " is more than its "
                        + s.items().size() + " items");
            }
            if (s.items().stream().map(item -> decimalsOf(questions, scalesById, item)).distinct().count() > 1) {
                problems.add("scales[" + s.name() + "].items: answers with different numbers of decimals");
            }
        }
        Map<String, ScaleRule> scalesByName = new HashMap<>();
        d.scales().forEach(s -> scalesByName.put(s.name(), s));
        for (CompositeRule c : d.composites()) {
            addScoreName(scoreNames, c.name());
            Set<Integer> decimals = new HashSet<>();
            c.sumOf().forEach(part -> {
                if (!scalesByName.containsKey(part)) {
                    problems.add("composites[" + c.name() + "].sumOf: '" + part + "' is not a scale");
                } else {
                    scalesByName.get(part).items().forEach(i -> decimals.add(decimalsOf(questions, scalesById, i)));
                }
            });
            if (decimals.size() > 1) {
                problems.add("composites[" + c.name() + "].sumOf: parts with different numbers of decimals");
            }
            c.givenAs().ifPresent(given -> checkGivenAs(c, given, decimals, questions, scalesById, scored));
        }
        d.impact().ifPresent(impact -> checkImpact(impact, questions, scalesById, scoreNames, scored));
        d.reported().forEach(r -> requireQuestion(questions, "reported", r));
        Set<String> used = new HashSet<>(scored);
        used.addAll(d.reported());
        d.impact().ifPresent(i -> {
            used.addAll(i.items());
            used.add(i.gate().question());
        });
        d.composites().forEach(c -> c.givenAs().ifPresent(used::add));
        d.questions().stream().map(Question::name).filter(q -> !used.contains(q)).forEach(q ->
                problems.add("questions[" + q + "]: in no scale, impact score or reported list, so its answers "
                        + "would be ignored"));
    }

    private void checkGivenAs(CompositeRule c, String given, Set<Integer> partDecimals,
                              Map<String, Question> questions, Map<String, ResponseScale> scalesById,
                              Set<String> scored) {
        String where = "composites[" + c.name() + "].givenAs";
        if (!requireQuestion(questions, where, given)) {
            return;
        }
        if (scored.contains(given)) {
            problems.add(where + ": '" + given + "' is also an item of a scale");
        }
        int decimals = decimalsOf(questions, scalesById, given);
        if (!partDecimals.isEmpty() && !partDecimals.contains(decimals)) {
            problems.add(where + ": '" + given + "' has " + decimals + " decimals, its parts " + partDecimals);
        }
    }

    /** The decimals of a question's answers; 0 when the question or its scale is unknown (reported elsewhere). */
    private static int decimalsOf(Map<String, Question> questions, Map<String, ResponseScale> scalesById,
                                  String question) {
        Question q = questions.get(question);
        ResponseScale rs = q == null ? null : scalesById.get(q.responses());
        return rs == null ? 0 : rs.decimals();
    }

    private void checkImpact(ImpactRule impact, Map<String, Question> questions,
                             Map<String, ResponseScale> scalesById, Set<String> scoreNames, Set<String> scored) {
        addScoreName(scoreNames, impact.name());
        String where = "impact[" + impact.name() + "]";
        requireQuestion(questions, where + ".gate.question", impact.gate().question());
        for (String next : impact.gate().followOn()) {
            if (!requireQuestion(questions, where + ".gate.followOn", next)) {
                continue;
            }
            if (next.equals(impact.gate().question()) || scored.contains(next)) {
                problems.add(where + ".gate.followOn: '" + next + "' is the gate itself or an item of a scale, "
                        + "which every respondent answers");
            }
        }
        for (String item : impact.items()) {
            if (!requireQuestion(questions, where + ".items", item)) {
                continue;
            }
            if (scored.contains(item)) {
                problems.add(where + ".items: '" + item + "' is also in a scale");
            }
            ResponseScale rs = scalesById.get(questions.get(item).responses());
            if (rs != null && rs.isRange()) {
                problems.add(where + ".items: '" + item + "' is answered on a range; impact items need options");
            } else if (rs != null) {
                rs.options().forEach(o -> {
                    if (!impact.recode().containsKey(o.code())) {
                        problems.add(where + ".recode: no points for code " + o.code() + " of '" + item + "'");
                    }
                });
            }
        }
    }

    private boolean requireQuestion(Map<String, Question> questions, String where, String name) {
        if (questions.containsKey(name)) {
            return true;
        }
        problems.add(where + ": no question named '" + name + "'");
        return false;
    }

    private void addScoreName(Set<String> names, String name) {
        if (!names.add(name)) {
            problems.add("score name '" + name + "' is used twice");
        }
    }
}
