package se.hlt.assessment.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.Problem;

/**
 * Reads and writes forms as JSON ({@code form.schema.json}).
 *
 * <pre>{@code
 * {"instrument": "sdq-p-4-17-baseline", "id": "k-0417", "age": 9, "sex": "female",
 *  "answers": {"consid": 2, "restles": 1, "somatic": null, ...}}
 * }</pre>
 *
 * <p>Instead of {@code instrument}, a form may name {@code informant}, {@code version} and {@code timepoint}
 * (family {@code sdq} unless {@code family} says otherwise). Instead of, or beside, {@code answers} it may
 * split its answers into {@code items}, {@code impact} and {@code followup} sections, as the specification's
 * test vectors do. A {@code null} answer is missing, exactly as an absent one.
 */
public final class FormJson {

    private static final Set<String> KNOWN = Set.of("$schema", "instrument", "family", "informant", "version",
            "timepoint", "id", "age", "sex", "answers", "items", "impact", "followup", "name", "note", "expected");

    private FormJson() {
    }

    /**
     * Reads one form.
     *
     * @param json the JSON text
     * @param instruments the catalog used to resolve {@code informant}/{@code version}/{@code timepoint}
     * @return the form, or every problem found, each naming the field and the reason
     */
    public static Checked<Form> parse(String json, InstrumentCatalog instruments) {
        JsonNode root;
        try {
            root = DataFiles.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return Checked.failed(List.of("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            return Checked.failed(List.of("a form is a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                problems.add(name + ": not a field of a form");
            }
        });
        Optional<String> instrument = instrumentId(root, instruments, problems);
        FormContext context = context(root, problems);
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String section : List.of("answers", "items", "impact", "followup")) {
            JsonNode node = root.get(section);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isObject()) {
                problems.add(section + ": must be an object of question name to code");
                continue;
            }
            readAnswers(section, node, answers, problems);
        }
        if (!problems.isEmpty() || instrument.isEmpty()) {
            return Checked.failed(problems.isEmpty() ? List.of("instrument: missing") : problems);
        }
        return Checked.ok(new Form(instrument.get(), answers, context));
    }

    private static Optional<String> instrumentId(JsonNode root, InstrumentCatalog instruments,
                                                 List<String> problems) {
        JsonNode id = root.get("instrument");
        if (id != null && id.isTextual()) {
            return Optional.of(id.asText());
        }
        if (id != null) {
            problems.add("instrument: must be an instrument id such as sdq-p-4-17-baseline");
            return Optional.empty();
        }
        String family = text(root, "family").orElse("sdq");
        Optional<String> informant = text(root, "informant");
        Optional<String> version = text(root, "version");
        Optional<Timepoint> timepoint = text(root, "timepoint").flatMap(Timepoint::fromText);
        if (informant.isEmpty() || version.isEmpty()) {
            problems.add("instrument: missing; give an instrument id, or informant, version and timepoint");
            return Optional.empty();
        }
        Informant who;
        try {
            who = Informant.parse(informant.get());
        } catch (IllegalArgumentException e) {
            problems.add("informant: must be parent, teacher or self");
            return Optional.empty();
        }
        Optional<InstrumentDefinition> d = instruments.find(family, version.get(), who,
                timepoint.orElse(Timepoint.BASELINE));
        if (d.isEmpty()) {
            problems.add("instrument: no " + family + " version " + version.get() + " for informant " + who.code()
                    + " at " + timepoint.orElse(Timepoint.BASELINE).code());
        }
        return d.map(InstrumentDefinition::id);
    }

    private static FormContext context(JsonNode root, List<String> problems) {
        FormContext context = FormContext.none();
        JsonNode id = root.get("id");
        if (id != null && !id.isNull()) {
            if (!id.isTextual() && !id.isIntegralNumber()) {
                problems.add("id: must be a text or a whole number");
            } else if (PersonalIdentityNumbers.looksLike(id.asText())) {
                problems.add("id: looks like a personal identity number; use a pseudonymous id");
            } else {
                context = context.withId(id.asText());
            }
        }
        JsonNode age = root.get("age");
        if (age != null && !age.isNull()) {
            if (!age.isIntegralNumber() || age.asInt() < 0 || age.asInt() > 120) {
                problems.add("age: must be the child's age in whole years");
            } else {
                context = context.withAge(age.asInt());
            }
        }
        Optional<String> sex = text(root, "sex");
        if (sex.isPresent()) {
            Optional<Sex> parsed = Sex.fromText(sex.get());
            if (parsed.isEmpty()) {
                problems.add("sex: must be female or male (or leave it out)");
            } else {
                context = context.withSex(parsed.get());
            }
        }
        return context;
    }

    private static void readAnswers(String section, JsonNode node, Map<String, Integer> answers,
                                    List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String where = section + "." + e.getKey();
            if (v.isNull()) {
                continue;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                String shown = v.isTextual() ? v.asText() : v.toString();
                problems.add(where + ": " + Problem.shown(shown)
                        + " is not a whole number (a code as ticked, or null when unanswered)");
            } else if (answers.put(e.getKey(), v.asInt()) != null) {
                problems.add(where + ": answered twice");
            }
        }
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    /** Writes a form in the canonical shape (instrument id, context, answers). */
    public static String write(Form form) {
        ObjectNode root = DataFiles.mapper().createObjectNode();
        root.put("instrument", form.instrument());
        form.context().id().ifPresent(id -> root.put("id", id));
        OptionalInt age = form.context().age();
        age.ifPresent(a -> root.put("age", a));
        form.context().sex().ifPresent(s -> root.put("sex", s.code()));
        ObjectNode answers = root.putObject("answers");
        form.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> answers.put(e.getKey(), e.getValue()));
        try {
            return DataFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
