package se.hlt.assessment.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.ResponseScale;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.Texts;
import se.hlt.assessment.text.DecimalText;

/**
 * Reads and writes forms as JSON ({@code form.schema.json}).
 *
 * <pre>{@code
 * {"instrument": "sdq-p-4-17-baseline", "id": "k-0417", "age": 9, "sex": "female",
 *  "answers": {"consid": 2, "restles": 1, "somatic": null, ...}}
 * }</pre>
 *
 * <p>An answer on a numeric range is the number itself, exactly as written: an ORS mark of 6.5 is read as the
 * decimal 6.5 with no binary floating point in between, and a mark with more decimals than its scale is read to is
 * a problem naming the scale, never rounded. A form of an instrument that several people fill in may say who did:
 * {@code "rater": "parent"} ({@code self}, {@code parent}, {@code teacher} or {@code other}).
 *
 * <pre>{@code
 * {"instrument": "ors", "id": "k-0417", "age": 14, "rater": "self",
 *  "answers": {"individually": 4.5, "interpersonally": 6.0, "socially": 5.2, "overall": 4.8}}
 * }</pre>
 *
 * <p>Instead of {@code instrument}, a form may name {@code informant}, {@code version} and {@code timepoint}
 * (family {@code sdq} unless {@code family} says otherwise). Instead of, or beside, {@code answers} it may
 * split its answers into {@code items}, {@code impact} and {@code followup} sections, as the specification's
 * test vectors do. A {@code null} answer is missing, exactly as an absent one. A form may give the day it was
 * filled in, {@code "date": "2025-03-14"} ({@link se.hlt.assessment.scoring.FormDates}): a pair of dated forms
 * gets its interval and follow-up window note, as in {@code hlt compare}.
 */
public final class FormJson {

    private static final Set<String> KNOWN = Set.of("$schema", "instrument", "family", "informant", "version",
            "timepoint", "id", "age", "sex", "rater", "date", "answers", "items", "impact", "followup", "name", "note",
            "expected");

    private FormJson() {
    }

    /** Reads one form, its problems in English: see {@link #read(String, InstrumentCatalog, Locale)}. */
    public static Checked<Form> read(String json, InstrumentCatalog instruments) {
        return read(json, instruments, Locale.ENGLISH);
    }

    /**
     * Reads one form, its problems in the language of {@code locale} (Swedish for any Swedish locale, else English):
     * for a user interface that shows them. The field names and codes they quote stay as the JSON writes them.
     *
     * @param json the JSON text
     * @param instruments the catalog used to resolve {@code informant}/{@code version}/{@code timepoint}
     * @param locale the language of the problems
     * @return the form, or every problem found, each naming the field and the reason
     */
    public static Checked<Form> read(String json, InstrumentCatalog instruments, Locale locale) {
        Checked<JsonNode> root = JsonObjects.read(json, "json.form.not_an_object", locale);
        return root.isOk() ? read(root.orElseThrow(), instruments, "", locale) : Checked.failed(root.problems());
    }

    /**
     * Reads one form from a JSON object already parsed (with decimals read exactly, as
     * {@link com.fasterxml.jackson.databind.DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS} does), such as
     * one session of a series.
     *
     * @param where a prefix for every problem, e.g. {@code sessions[3].}; empty for a form on its own
     */
    public static Checked<Form> read(JsonNode root, InstrumentCatalog instruments, String where) {
        return read(root, instruments, where, Locale.ENGLISH);
    }

    /** As {@link #read(JsonNode, InstrumentCatalog, String)}, the problems in the language of {@code locale}. */
    public static Checked<Form> read(JsonNode root, InstrumentCatalog instruments, String where, Locale locale) {
        Checked<Form> form = readObject(root, instruments, locale);
        return form.isOk() || where.isEmpty() ? form
                : Checked.failed(form.problems().stream().map(p -> where + p).toList());
    }

    private static Checked<Form> readObject(JsonNode root, InstrumentCatalog instruments, Locale locale) {
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                problems.add(Texts.format("json.form.not_a_field", locale, FieldNames.shown(name, locale)));
            }
        });
        Optional<String> instrument = instrumentId(root, instruments, problems, locale);
        Optional<InstrumentDefinition> definition = instrument.flatMap(instruments::find);
        FormContext context = FormContextJson.read(root, problems, locale);
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        for (String section : List.of("answers", "items", "impact", "followup")) {
            JsonNode node = root.get(section);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isObject()) {
                problems.add(Texts.format("json.form.section_not_an_object", locale, section));
                continue;
            }
            readAnswers(section, node, definition, answers, problems, locale);
        }
        if (!problems.isEmpty() || instrument.isEmpty()) {
            return Checked.failed(problems.isEmpty() ? List.of(Texts.format("json.form.instrument_missing", locale))
                    : problems);
        }
        return Checked.ok(new Form(instrument.get(), answers, context));
    }

    private static Optional<String> instrumentId(JsonNode root, InstrumentCatalog instruments,
                                                 List<String> problems, Locale locale) {
        Optional<String> family = text(root, "family");
        Optional<String> version = text(root, "version");
        Optional<Informant> informant = text(root, "informant").flatMap(Informant::tryParse);
        Optional<Timepoint> timepoint = text(root, "timepoint").flatMap(Timepoint::fromText);
        if (text(root, "informant").isPresent() && informant.isEmpty()) {
            problems.add(Texts.format("json.form.informant", locale));
        }
        if (text(root, "timepoint").isPresent() && timepoint.isEmpty()) {
            problems.add(Texts.format("json.form.timepoint", locale)); // never read a misspelling as baseline
        }
        JsonNode id = root.get("instrument");
        if (id != null) {
            if (!id.isTextual()) {
                problems.add(Texts.format("json.form.instrument_not_text", locale));
                return Optional.empty();
            }
            if (PersonalIdentityNumbers.looksLike(id.asText())) { // an unknown id is named back: never this one
                problems.add(Texts.format("json.form.instrument_personal", locale));
                return Optional.empty();
            }
            instruments.find(id.asText()).ifPresent(d -> contradictions(d, family, version, informant, timepoint,
                    problems, locale));
            return Optional.of(id.asText());
        }
        if (text(root, "informant").isEmpty() || version.isEmpty()) {
            problems.add(Texts.format("json.form.instrument_missing", locale));
            return Optional.empty();
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        String sought = family.orElse("sdq");
        Timepoint when = timepoint.orElse(Timepoint.BASELINE);
        Optional<InstrumentDefinition> d = instruments.find(sought, version.get(), informant.get(), when);
        if (d.isEmpty()) {
            problems.add(Texts.format("json.form.no_such_version", locale, sought, version.get(),
                    informant.get().code(), when.code()));
        }
        return d.map(InstrumentDefinition::id);
    }

    /** A field that says something else than the instrument id does is refused: which of the two is meant? */
    private static void contradictions(InstrumentDefinition d, Optional<String> family, Optional<String> version,
                                       Optional<Informant> informant, Optional<Timepoint> timepoint,
                                       List<String> problems, Locale locale) {
        Map<String, String> differing = new LinkedHashMap<>();
        family.filter(f -> !f.trim().equalsIgnoreCase(d.family())).ifPresent(f -> differing.put("family", d.family()));
        version.filter(v -> !v.trim().equalsIgnoreCase(d.version())).ifPresent(v -> differing.put("version",
                d.version()));
        informant.filter(i -> i != d.informant() && !d.raters().contains(i)).ifPresent(i -> differing.put(
                "informant", d.informant().code()));
        timepoint.filter(t -> t != d.timepoint()).ifPresent(t -> differing.put("timepoint", d.timepoint().code()));
        differing.forEach((field, says) -> problems.add(Texts.format("json.form.contradicts", locale, field, d.id(),
                says)));
    }

    private static void readAnswers(String section, JsonNode node, Optional<InstrumentDefinition> definition,
                                    Map<String, BigDecimal> answers, List<String> problems, Locale locale) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String where = section + "." + FieldNames.shown(e.getKey(), locale);
            if (PersonalIdentityNumbers.looksLike(e.getKey())) { // never a question's name, nor kept
                problems.add(Texts.format("json.form.not_a_question", locale, where));
                continue;
            }
            if (v.isNull()) {
                continue;
            }
            Optional<ResponseScale> range = definition.flatMap(d -> rangeOf(d, e.getKey()));
            if (range.isPresent()) {
                readNumber(where, e.getKey(), v, range.get(), answers, problems, locale);
            } else if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                String shown = v.isTextual() ? v.asText() : v.toString();
                problems.add(Texts.format("json.form.not_a_whole_number", locale, where, Problem.shown(shown)));
            } else if (answers.put(e.getKey(), BigDecimal.valueOf(v.asInt())) != null) {
                problems.add(Texts.format("json.form.answered_twice", locale, where));
            }
        }
    }

    /** The numeric range a question is answered on, if it is (by its name or the name it replaces). */
    private static Optional<ResponseScale> rangeOf(InstrumentDefinition d, String name) {
        return d.questions().stream()
                .filter(q -> q.name().equals(name) || q.replaces().map(name::equals).orElse(false))
                .findFirst()
                .map(d::responsesOf)
                .filter(ResponseScale::isRange);
    }

    /** Reads an answer on a numeric range exactly into whole units; the range itself is the engine's to check. */
    private static void readNumber(String where, String question, JsonNode v, ResponseScale scale,
                                   Map<String, BigDecimal> answers, List<String> problems, Locale locale) {
        String shown = Problem.shown(v.isTextual() ? v.asText() : v.toString());
        long units = v.isNumber() ? DecimalText.units(v.decimalValue(), scale.decimals()) : DecimalText.NOT_A_NUMBER;
        if (units == DecimalText.TOO_MANY_DECIMALS) {
            problems.add(Texts.format("json.form.too_many_decimals", locale, where, shown, scale.decimals(),
                    scale.valueOf(scale.minCode()).toPlainString(), scale.valueOf(scale.maxCode()).toPlainString()));
        } else if (units == DecimalText.NOT_A_NUMBER || units < Integer.MIN_VALUE || units > Integer.MAX_VALUE) {
            problems.add(Texts.format("json.form.not_a_number", locale, where, shown,
                    scale.valueOf(scale.maxCode()).toPlainString()));
        } else if (answers.put(question, BigDecimal.valueOf(units, scale.decimals())) != null) {
            problems.add(Texts.format("json.form.answered_twice", locale, where));
        }
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    /**
     * Writes a form in the canonical shape (instrument id, context, answers), with the answers on a numeric range of
     * a built-in instrument as numbers with their decimals.
     */
    public static String write(Form form) {
        return write(form, InstrumentCatalog.builtIn());
    }

    /**
     * Writes a form in the canonical shape (instrument id, context, answers), each answer the number the form holds
     * (an ORS mark of 6.5 as 6.5). The catalog is no longer needed, since forms hold numbers, not codes; kept so
     * that callers compile.
     */
    public static String write(Form form, InstrumentCatalog instruments) {
        ObjectNode root = DataFiles.mapper().createObjectNode();
        root.put("instrument", form.instrument());
        form.context().id().ifPresent(id -> root.put("id", id));
        OptionalInt age = form.context().age();
        age.ifPresent(a -> root.put("age", a));
        form.context().sex().ifPresent(s -> root.put("sex", s.code()));
        form.context().rater().ifPresent(r -> root.put("rater", r.code()));
        form.context().date().ifPresent(d -> root.put("date", d.toString()));
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
