package se.hlt.assessment.cli.enter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseScale;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.text.DecimalText;

/**
 * Types in the marks of an ORS/SRS-family form: the numbered questions of the definition (four marks on a line such
 * as {@code 6,5 7 8.2 5}, or one per line; or the single rating of the young-child forms), each read exactly to the
 * decimals its response scale allows and checked against its range at once, naming the scale when it is wrong.
 * Nothing about the instrument is written here: the questions, their ranges and decimals and the scale names all
 * come from the definition.
 */
public final class MarkEntry {

    /** What the person chose at the review. */
    public enum Outcome { SAVE, QUIT }

    private final InstrumentDefinition definition;
    private final FormContext context;
    private final Dialogue dialogue;
    private final Messages m;
    private final List<Question> questions;
    private final Map<String, Integer> answers = new LinkedHashMap<>();
    /** How many questions each accepted line answered, so that {@code <} can take the last one back. */
    private final Deque<Integer> lines = new ArrayDeque<>();

    /** Entry of a form of {@code definition} about the child in {@code context}. */
    public MarkEntry(InstrumentDefinition definition, FormContext context, Dialogue dialogue) {
        this.definition = definition;
        this.context = context;
        this.dialogue = dialogue;
        this.m = dialogue.messages();
        this.questions = definition.questions().stream().filter(q -> q.number().isPresent()).toList();
    }

    /** The form as typed so far. */
    public Form form() {
        return Form.ofCodes(definition, answers, context);
    }

    /**
     * Asks the marks until every question has an answer (or is typed as missing).
     *
     * @throws InputEnded if the answers end first
     */
    public void enterMarks() throws InputEnded {
        dialogue.hint(m.get(questions.size() == 1 ? "enter.ors.rating.help" : "enter.ors.marks.help",
                questions.size(), range(questions.get(0))));
        int answered = 0;
        while (answered < questions.size()) {
            Question first = questions.get(answered);
            String typed = dialogue.ask(m.get("enter.ors.prompt.mark", label(first), range(first)))
                    .orElseThrow(() -> new InputEnded(first.name()));
            if (typed.equals("<")) {
                if (lines.isEmpty()) {
                    dialogue.mistake(m.get("enter.nothing.to.undo"));
                    continue;
                }
                int count = lines.pop();
                for (int i = 0; i < count; i++) {
                    answers.remove(questions.get(--answered).name());
                }
                dialogue.tell(m.get("enter.undone", label(questions.get(answered))));
                continue;
            }
            String[] tokens = typed.isEmpty() ? new String[0] : typed.split("[\\s;]+");
            if (tokens.length == 0) {
                dialogue.mistake(m.get("enter.ors.empty", label(first)));
                continue;
            }
            int left = questions.size() - answered;
            if (tokens.length > left) {
                dialogue.mistake(m.get("enter.ors.too.many", tokens.length, left));
                continue;
            }
            Map<String, Integer> line = new LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < tokens.length && ok; i++) {
                Question q = questions.get(answered + i);
                Optional<Integer> code = read(q, tokens[i]);
                if (code == null) {
                    ok = false;
                } else {
                    code.ifPresent(c -> line.put(q.name(), c));
                }
            }
            if (!ok) {
                continue;
            }
            answers.putAll(line);
            answered += tokens.length;
            lines.push(tokens.length);
        }
    }

    /**
     * Reads one typed mark for {@code q}: the code (a mark in tenths), empty for a missing answer ({@code .} or
     * {@code -}), or {@code null} after telling the person what is wrong.
     */
    private Optional<Integer> read(Question q, String token) {
        if (token.equals(".") || token.equals("-")) {
            return Optional.empty();
        }
        ResponseScale scale = definition.responsesOf(q);
        long units = DecimalText.scan(token, scale.decimals());
        if (units == DecimalText.TOO_MANY_DECIMALS) {
            dialogue.mistake(m.get("enter.ors.decimals", label(q), token, scale.decimals()));
            return null;
        }
        if (DecimalText.isSentinel(units) || units < scale.minCode() || units > scale.maxCode()
                || (!scale.isRange() && scale.option((int) units).isEmpty())) {
            dialogue.mistake(m.get("enter.ors.not.a.mark", label(q), token, range(q)));
            return null;
        }
        return Optional.of((int) units);
    }

    /**
     * Shows the form with {@code show}, then lets the person correct a mark ({@code 2=6,5}, {@code socially=6,5},
     * {@code 2=.}), save (Enter) or quit ({@code q}).
     *
     * @throws InputEnded if the answers end before the person decides
     */
    public Outcome review(Runnable show) throws InputEnded {
        show.run();
        while (true) {
            String typed = dialogue.ask(m.get("enter.ors.prompt.review")).orElseThrow(() -> new InputEnded("review"));
            if (typed.isEmpty()) {
                return Outcome.SAVE;
            }
            if (typed.equalsIgnoreCase("q")) {
                return Outcome.QUIT;
            }
            int eq = typed.indexOf('=');
            Optional<Question> q = eq < 0 ? Optional.empty() : question(typed.substring(0, eq).strip());
            if (q.isEmpty()) {
                dialogue.mistake(m.get("enter.ors.review.not.understood", typed));
                continue;
            }
            Optional<Integer> code = read(q.get(), typed.substring(eq + 1).strip());
            if (code == null) {
                continue;
            }
            if (code.isPresent()) {
                answers.put(q.get().name(), code.get());
            } else {
                answers.remove(q.get().name());
            }
            dialogue.tell(m.get("enter.corrected", label(q.get()), shown(q.get())));
            show.run();
        }
    }

    private Optional<Question> question(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        for (Question q : questions) {
            if (t.equals(String.valueOf(q.number().getAsInt())) || t.equals(q.name())
                    || t.equals(label(q).toLowerCase(m.locale()))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private String shown(Question q) {
        Integer code = answers.get(q.name());
        if (code == null) {
            return m.get("enter.ors.missing");
        }
        ResponseScale scale = definition.responsesOf(q);
        return DecimalText.format(code, scale.decimals(), m.locale().getLanguage().equals("sv") ? ',' : '.');
    }

    /** The scale's name in the chosen language (Individuellt, Socially...), else its short name. */
    private String label(Question q) {
        return definition.scoreLabel(q.name()).map(l -> l.in(m.locale())).orElse(q.name());
    }

    /** The answers a question takes: {@code 0.0-10.0} for a mark, {@code 1-4} for a rating. */
    private String range(Question q) {
        ResponseScale scale = definition.responsesOf(q);
        char separator = m.locale().getLanguage().equals("sv") ? ',' : '.';
        return DecimalText.format(scale.minCode(), scale.decimals(), separator) + "–"
                + DecimalText.format(scale.maxCode(), scale.decimals(), separator);
    }
}
