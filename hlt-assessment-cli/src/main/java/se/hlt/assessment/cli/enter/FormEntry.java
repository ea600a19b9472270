package se.hlt.assessment.cli.enter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Gate;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseScale;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;

/**
 * Takes the answers of one form, question by question in form order, exactly as the definition lists them: the
 * numbered items as typed strings ({@link TypedItems}), then every further question one per line, skipping the
 * gate's follow-on questions when the gate says there are no difficulties.
 *
 * <p>Each line is checked as soon as it is typed; a wrong line is named and typed again. {@code <} takes back the
 * previous line. At the end, {@link #review} lets the person correct any answer before the form is saved.
 */
public final class FormEntry {

    /** What the person chose at the review. */
    public enum Outcome {
        /** Save the form. */
        SAVE,
        /** Leave without saving. */
        QUIT
    }

    private static final String UNDO = "<";

    private final InstrumentDefinition definition;
    private final FormContext context;
    private final Dialogue dialogue;
    private final Messages m;
    private final QuestionTexts texts;
    private final List<Question> questions;
    private final Optional<Gate> gate;
    private final Map<String, Integer> answers = new LinkedHashMap<>();
    /** The questions each accepted line answered, the last line on top, so that {@code <} can take it back. */
    private final Deque<List<Question>> lines = new ArrayDeque<>();
    private int next;

    /** An entry of a form of {@code definition} about the child in {@code context}. */
    public FormEntry(InstrumentDefinition definition, FormContext context, Dialogue dialogue) {
        this.definition = definition;
        this.context = context;
        this.dialogue = dialogue;
        this.m = dialogue.messages();
        this.texts = new QuestionTexts(m);
        this.questions = definition.questions();
        this.gate = definition.impact().map(i -> i.gate());
    }

    /** The form as entered so far. */
    public Form form() {
        return Form.ofCodes(definition, answers, context);
    }

    /**
     * Asks every question not yet answered, in form order.
     *
     * @throws InputEnded if the answers end before the last question
     */
    public void enterAnswers() throws InputEnded {
        if (next == 0 && lines.isEmpty()) {
            dialogue.hint(m.get("enter.items.help", texts.codes(scaleOf(questions.get(0)))));
        }
        while (next < questions.size()) {
            Question q = questions.get(next);
            if (skipped(q)) {
                answers.remove(q.name());
                next++;
            } else if (q.number().isPresent()) {
                askItems();
            } else {
                if (next > 0 && questions.get(next - 1).number().isPresent()) {
                    dialogue.hint(m.get("enter.further.help"));
                }
                askOne(q);
            }
        }
    }

    private void askItems() throws InputEnded {
        List<Question> items = new ArrayList<>();
        for (int i = next; i < questions.size() && questions.get(i).number().isPresent(); i++) {
            items.add(questions.get(i));
        }
        Question first = items.get(0);
        Question last = items.get(items.size() - 1);
        String prompt = items.size() == 1 ? texts.name(first)
                : m.get("enter.prompt.items", first.number().getAsInt(), last.number().getAsInt());
        String line = dialogue.askCodes(prompt).orElseThrow(() -> new InputEnded(texts.name(first)));
        if (line.equals(UNDO)) {
            undo();
            return;
        }
        TypedItems typed = TypedItems.read(line, items, items.stream().map(this::scaleOf).toList());
        if (typed.mistake().isPresent()) {
            dialogue.mistake(describe(typed.mistake().get(), first, last));
            return;
        }
        if (typed.answers().isEmpty()) {
            dialogue.mistake(m.get("enter.items.empty", texts.name(first)));
            return;
        }
        List<Question> answered = items.subList(0, typed.answers().size());
        for (int i = 0; i < answered.size(); i++) {
            set(answered.get(i), typed.answers().get(i));
        }
        lines.push(List.copyOf(answered));
        next += answered.size();
    }

    private String describe(TypedItems.Mistake mistake, Question first, Question last) {
        if (mistake instanceof TypedItems.TooMany tooMany) {
            String left = first == last ? texts.name(first)
                    : m.get("enter.items.range", first.number().getAsInt(), last.number().getAsInt());
            return m.get("enter.items.too.many", tooMany.given(), tooMany.left(), left);
        }
        TypedItems.NotACode wrong = (TypedItems.NotACode) mistake;
        return m.get("enter.items.not.a.code", texts.name(wrong.item()), wrong.typed(),
                texts.codes(scaleOf(wrong.item())), first.number().getAsInt());
    }

    private void askOne(Question q) throws InputEnded {
        ResponseScale scale = scaleOf(q);
        String prompt = m.get("enter.prompt.question", texts.name(q), texts.options(scale));
        String line = dialogue.ask(prompt).orElseThrow(() -> new InputEnded(texts.name(q)));
        if (line.equals(UNDO)) {
            undo();
            return;
        }
        OptionalInt code = line.isEmpty() ? OptionalInt.empty() : TypedItems.code(line, scale);
        if (code == null) {
            dialogue.mistake(m.get("enter.not.an.answer", line, texts.name(q), texts.codes(scale)));
            return;
        }
        set(q, code);
        lines.push(List.of(q));
        next++;
        tellWhatTheGateSkips(q);
    }

    private void tellWhatTheGateSkips(Question answered) {
        if (gate.isPresent() && answered.name().equals(gate.get().question()) && !gate.get().followOn().isEmpty()
                && skipsFollowOn()) {
            dialogue.hint(m.get("enter.gate.skips", texts.name(answered),
                    String.join(", ", gate.get().followOn())));
        }
    }

    /** Takes back the last accepted line, and goes back to its first question. */
    private void undo() {
        if (lines.isEmpty()) {
            dialogue.mistake(m.get("enter.nothing.to.undo"));
            return;
        }
        List<Question> line = lines.pop();
        line.forEach(q -> answers.remove(q.name()));
        next = questions.indexOf(line.get(0));
        dialogue.tell(m.get("enter.undone", texts.name(line.get(0))));
    }

    /**
     * Lets the person look at the result (shown by {@code show}) and correct answers before saving: Enter (or the
     * end of a script's input) saves, {@code q} quits, {@code <} takes back the last line, {@code 7=2} or
     * {@code ebddiff=1} corrects one answer.
     *
     * @throws InputEnded if the answers end while a question taken back is asked again
     */
    public Outcome review(Runnable show) throws InputEnded {
        show.run();
        while (true) {
            Optional<String> line = dialogue.ask(m.get("enter.prompt.review"));
            if (line.isEmpty() || line.get().isEmpty()) {
                return Outcome.SAVE;
            }
            String typed = line.get();
            if (typed.equalsIgnoreCase("q")) {
                return Outcome.QUIT;
            }
            if (typed.equals(UNDO)) {
                undo();
                enterAnswers();
                show.run();
            } else if (correct(typed)) {
                show.run();
            }
        }
    }

    /** Applies a correction such as {@code 7=2}, {@code obeys=.} or {@code ebddiff=0}; says so if it is wrong. */
    private boolean correct(String typed) throws InputEnded {
        int eq = typed.indexOf('=');
        Optional<Question> target = eq < 0 ? Optional.empty() : find(typed.substring(0, eq).strip());
        if (target.isEmpty()) {
            dialogue.mistake(m.get("enter.review.not.understood", typed));
            return false;
        }
        Question q = target.get();
        String value = typed.substring(eq + 1).strip();
        OptionalInt code = value.isEmpty() ? OptionalInt.empty() : TypedItems.code(value, scaleOf(q));
        if (code == null) {
            dialogue.mistake(m.get("enter.not.an.answer", value, texts.name(q), texts.codes(scaleOf(q))));
            return false;
        }
        if (skipped(q)) {
            dialogue.mistake(m.get("enter.review.skipped", texts.name(q), gate.orElseThrow().question()));
            return false;
        }
        if (gate.isPresent() && q.name().equals(gate.get().question())) {
            // the gate decides which questions come next: take back to it and ask what follows again
            while (!lines.isEmpty() && !lines.peek().contains(q)) {
                lines.pop().forEach(earlier -> answers.remove(earlier.name()));
            }
            if (!lines.isEmpty()) {
                lines.pop();
            }
            next = questions.indexOf(q);
            set(q, code);
            lines.push(List.of(q));
            next++;
            tellWhatTheGateSkips(q);
            enterAnswers();
            return true;
        }
        set(q, code);
        dialogue.tell(m.get("enter.corrected", texts.name(q), code.isPresent() ? code.getAsInt() : "."));
        return true;
    }

    private Optional<Question> find(String numberOrName) {
        return questions.stream().filter(q -> q.name().equalsIgnoreCase(numberOrName)
                || (q.number().isPresent() && String.valueOf(q.number().getAsInt()).equals(numberOrName)))
                .findFirst();
    }

    private boolean skipped(Question q) {
        return gate.isPresent() && gate.get().followOn().contains(q.name()) && skipsFollowOn();
    }

    private boolean skipsFollowOn() {
        Integer code = answers.get(gate.orElseThrow().question());
        return code != null && gate.get().skipsFollowOn(code);
    }

    private void set(Question q, OptionalInt code) {
        if (code.isPresent()) {
            answers.put(q.name(), code.getAsInt());
        } else {
            answers.remove(q.name());
        }
    }

    private ResponseScale scaleOf(Question q) {
        return definition.responsesOf(q);
    }
}
