package se.hlt.assessment.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.Source;
import se.hlt.assessment.norms.CutoffRule;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.ReliableChangeRule;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.Texts;
import se.hlt.assessment.series.Alert;
import se.hlt.assessment.series.Expectation;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.Series;
import se.hlt.assessment.series.SeriesProblem;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SessionForm;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * Reads a client's series of ORS/SRS-family forms from JSON ({@code series.schema.json}) and writes scored series
 * and scored single forms ({@code series-result.schema.json}).
 *
 * <pre>{@code
 * {"client": "k-0417", "episode": "2026-1",
 *  "sessions": [
 *    {"session": 1, "date": "2026-01-12", "instrument": "ors", "rater": "self", "age": 14,
 *     "answers": {"individually": 4.5, "interpersonally": 6.0, "socially": 5.2, "overall": 4.8}},
 *    {"session": 1, "date": "2026-01-12", "instrument": "srs", "age": 14, "answers": {"total": 37.5}}]}
 * }</pre>
 *
 * <p>Each session is a form as {@link FormJson} reads it, plus its {@code session} number and {@code date}; the
 * client's id is every form's id. A session's place in the list (the first is 1) is its row, by which a problem
 * with it is reported. Numbers are written with their decimals: a total of 18.3 is {@code 18.3}.
 */
public final class SeriesJson {

    private static final Set<String> KNOWN = Set.of("$schema", "client", "episode", "sessions", "name", "note");

    private SeriesJson() {
    }

    /** Whether {@code json} looks like a series (an object with {@code sessions}) rather than a single form. */
    public static boolean isSeries(String json) {
        Checked<JsonNode> root = DataFiles.readTree(json);
        return root.isOk() && root.orElseThrow().isObject() && root.orElseThrow().has("sessions");
    }

    /** Reads a series, its problems in English: see {@link #read(String, InstrumentCatalog, Locale)}. */
    public static Checked<Series> read(String json, InstrumentCatalog instruments) {
        return read(json, instruments, Locale.ENGLISH);
    }

    /**
     * Reads a series, its problems in the language of {@code locale} (Swedish for any Swedish locale, else English).
     *
     * @return the series, or every problem found, each naming the session ({@code sessions[2].answers.overall})
     *     and the reason
     */
    public static Checked<Series> read(String json, InstrumentCatalog instruments, Locale locale) {
        Checked<JsonNode> parsed = JsonObjects.read(json, "json.series.not_an_object", locale);
        if (!parsed.isOk()) {
            return Checked.failed(parsed.problems());
        }
        JsonNode root = parsed.orElseThrow();
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                problems.add(Texts.format("json.series.not_a_field", locale, FieldNames.shown(name, locale)));
            }
        });
        Optional<String> client = client(root.get("client"), problems, locale);
        Optional<String> episode = Optional.ofNullable(root.get("episode")).filter(n -> !n.isNull())
                .map(JsonNode::asText);
        if (episode.filter(PersonalIdentityNumbers::looksLike).isPresent()) { // Series would refuse it too
            problems.add(Texts.format("json.series.episode_personal", locale));
        }
        JsonNode sessions = root.get("sessions");
        List<SessionForm> forms = new ArrayList<>();
        if (sessions == null || !sessions.isArray()) {
            problems.add(Texts.format("json.series.sessions", locale));
        } else {
            for (int i = 0; i < sessions.size(); i++) {
                session(sessions.get(i), i + 1, client, instruments, problems, locale).ifPresent(forms::add);
            }
        }
        if (!problems.isEmpty()) {
            return Checked.failed(problems);
        }
        return Checked.ok(new Series(client.orElseThrow(), episode, forms));
    }

    private static Optional<String> client(JsonNode client, List<String> problems, Locale locale) {
        if (client == null || client.isNull() || !(client.isTextual() || client.isIntegralNumber())
                || client.asText().isBlank()) {
            problems.add(Texts.format("json.series.client_missing", locale));
            return Optional.empty();
        }
        if (PersonalIdentityNumbers.looksLike(client.asText())) {
            problems.add(Texts.format("json.series.client_personal", locale));
            return Optional.empty();
        }
        return Optional.of(client.asText());
    }

    private static Optional<SessionForm> session(JsonNode node, int row, Optional<String> client,
                                                 InstrumentCatalog instruments, List<String> problems,
                                                 Locale locale) {
        String where = "sessions[" + row + "].";
        if (!node.isObject()) {
            problems.add(Texts.format("json.series.not_a_form", locale, where));
            return Optional.empty();
        }
        ObjectNode form = ((ObjectNode) node).deepCopy();
        JsonNode session = form.remove("session");
        JsonNode date = form.remove("date");
        JsonNode id = form.remove("id");
        int before = problems.size();
        if (session == null || !session.isIntegralNumber() || !session.canConvertToInt() || session.asInt() < 1) {
            problems.add(Texts.format("json.series.session", locale, where));
        }
        Optional<LocalDate> day = Optional.empty();
        if (date != null && !date.isNull()) {
            try {
                day = Optional.of(LocalDate.parse(date.asText()));
            } catch (DateTimeParseException e) {
                problems.add(Texts.format("json.series.date", locale, where));
            }
        }
        if (id != null && !id.isNull() && client.isPresent() && !id.asText().equals(client.get())) {
            problems.add(Texts.format("json.series.id", locale, where));
        }
        Checked<Form> parsed = FormJson.read(form, instruments, where, locale);
        problems.addAll(parsed.problems());
        if (problems.size() > before || client.isEmpty()) {
            return Optional.empty();
        }
        Form f = parsed.orElseThrow();
        FormContext context = f.context().withId(client.get());
        return Optional.of(new SessionForm(row, session.asInt(), day, f.withContext(context)));
    }

    /** A scored series as pretty-printed JSON. */
    public static String write(SeriesResult result) {
        ObjectNode root = DataFiles.mapper().createObjectNode();
        root.put("client", result.client());
        result.episode().ifPresent(e -> root.put("episode", e));
        root.put("rules", result.rulesId());
        ArrayNode tracks = root.putArray("tracks");
        for (Track t : result.tracks()) {
            ObjectNode track = tracks.addObject();
            track.put("rater", t.rater().code());
            t.outcome().ifPresent(o -> outcome(track.putObject("outcome"), o));
            ArrayNode sessions = track.putArray("sessions");
            t.sessions().forEach(s -> session(sessions.addObject(), s, true));
            ArrayNode alerts = track.putArray("alerts");
            t.alerts().forEach(a -> alert(alerts.addObject(), a));
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(p -> problem(problems.addObject(), p));
        return pretty(root);
    }

    /**
     * One form assessed on its own (see {@code SeriesScorer.assessForm}) as pretty-printed JSON: as a session of a
     * series, without the row and session number it does not have.
     */
    public static String write(SessionResult result) {
        ObjectNode root = DataFiles.mapper().createObjectNode();
        session(root, result, false);
        return pretty(root);
    }

    private static void outcome(ObjectNode node, OutcomeSummary o) {
        node.put("forms", o.forms());
        o.intakeSession().ifPresent(s -> node.putObject("intake").put("session", s)
                .put("total", o.intakeTotal().orElseThrow()));
        o.latestSession().ifPresent(s -> node.putObject("latest").put("session", s)
                .put("total", o.latestTotal().orElseThrow()));
        o.change().ifPresent(c -> node.put("change", c));
        o.cutoff().ifPresent(c -> cutoff(node.putObject("cutoff"), c));
        o.reliableChangeRule().ifPresent(r -> reliableChange(node.putObject("reliableChangeRule"), r));
        o.reliableChangeGap().ifPresent(g -> node.put("reliableChangeMissing", g.code()));
        o.reliableChange().ifPresent(r -> node.put("reliableChange", r.code()));
        o.clinicallySignificant().ifPresent(c -> node.put("clinicallySignificant", c));
    }

    private static void session(ObjectNode node, SessionResult s, boolean inSeries) {
        if (inSeries) {
            node.put("row", s.row());
            node.put("session", s.session());
        }
        s.date().ifPresent(d -> node.put("date", d.toString()));
        node.put("role", s.role().code());
        node.put("instrument", s.instrument());
        node.put("rater", s.rater().code());
        node.put("status", s.form().status().code());
        s.total().ifPresent(t -> node.put("total", t));
        s.cutoff().ifPresent(c -> cutoff(node.putObject("cutoff"), c));
        s.cutoffGap().ifPresent(g -> node.put("cutoffMissing", g.code()));
        s.belowCutoff().ifPresent(b -> node.put(s.role() == MeasureRole.OUTCOME ? "clinical" : "belowCutoff", b));
        s.changeSinceIntake().ifPresent(c -> node.put("changeSinceIntake", c));
        s.expected().ifPresent(e -> expectation(node.putObject("expected"), e));
        ArrayNode alerts = node.putArray("alerts");
        s.alerts().forEach(a -> alert(alerts.addObject(), a));
        node.set("form", ResultJson.tree(s.form()));
    }

    private static void cutoff(ObjectNode node, CutoffRule rule) {
        Optional<BigDecimal> value = rule.cutoff();
        if (value.isPresent()) {
            node.put("value", value.get());
        } else {
            node.putNull("value");
        }
        node.put("flaggedWhen", rule.flaggedWhen().code());
        node.set("source", source(rule.source()));
    }

    private static void reliableChange(ObjectNode node, ReliableChangeRule rule) {
        node.put("points", rule.points());
        node.set("source", source(rule.source()));
    }

    private static JsonNode source(Source source) {
        return DataFiles.mapper().valueToTree(source);
    }

    private static void expectation(ObjectNode node, Expectation e) {
        node.put("expected", e.expected()).put("lower", e.lower()).put("onTrack", e.onTrack());
    }

    private static void alert(ObjectNode node, Alert a) {
        node.put("kind", a.kind().code()).put("session", a.session());
        a.scale().ifPresent(s -> node.put("scale", s));
        node.put("value", a.value()).put("threshold", a.threshold()).put("message", a.message());
    }

    private static void problem(ObjectNode node, SeriesProblem p) {
        node.put("row", p.row()).put("session", p.session()).put("kind", p.kind().code()).put("field", p.field());
        p.relatedRow().ifPresent(r -> node.put("relatedRow", r));
        node.put("message", p.message());
        if (!p.formProblems().isEmpty()) {
            ArrayNode list = node.putArray("formProblems");
            for (Problem fp : p.formProblems()) {
                list.add(DataFiles.mapper().valueToTree(fp));
            }
        }
    }

    private static String pretty(JsonNode root) {
        try {
            return DataFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a series could not be written as JSON", e);
        }
    }
}
