package se.hlt.assessment.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.hlt.assessment.cli.enter.Dialogue;
import se.hlt.assessment.cli.enter.InputEnded;
import se.hlt.assessment.cli.enter.MarkEntry;
import se.hlt.assessment.cli.enter.SessionHeaderEntry;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.json.FormJson;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormDates;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.series.SeriesScorer;
import se.hlt.assessment.series.SessionResult;

/**
 * {@code hlt enter ors}: types in one paper ORS/SRS-family form at a session. Asks the instrument, the rater, the
 * session, the date, the client's pseudonymous id and age, then the four marks (or the one rating of the young-child
 * forms), checking each at once; shows the scored form with its cut-off and saves it as a one-session series, which
 * {@code hlt score} and {@code hlt report} read, alone or with the client's other sessions.
 */
@Command(name = "ors",
        mixinStandardHelpOptions = true,
        description = {"Types in a paper ORS, SRS, CORS, CSRS, YCORS or YCSRS at a session. Asks the form (Enter: "
                + "ORS), who rated it (Enter: self), the session number, the date (Enter: today), the client's "
                + "pseudonymous id and age (Enter to leave the age out; then no cut-off is applied), then the four "
                + "marks in cm, 0.0-10.0 to one decimal, with a decimal point or comma: on one line (6,5 7 8.2 5) or "
                + "one per line; or the one rating, 1-4, of the YCORS and YCSRS.",
            "Every mark is checked at once: one outside 0-10 or with more than one decimal is named with its scale, "
                + "and the line is typed again (. is a missing mark; < takes back the previous line). The scored "
                + "form is shown (total, clinical range and the cut-off used); a mark can be corrected there "
                + "(2=6,5 or socially=6,5) before the form is saved.",
            "Never asks for a name or a personal identity number. Reads the answers from standard input, so a "
                + "script can pipe them in."},
        footer = {"%nExamples:",
            "  hlt enter ors --id k-0417 --session 3",
            "  hlt enter ors --instrument srs --id k-0417 --session 3 --age 14",
            "  hlt enter ors --id k-0417 --session 4 --earlier k-0417-ors-s1.json k-0417-ors-s2.json",
            "  printf 'ors\\nself\\n3\\n2026-01-26\\nk-0417\\n14\\n6,5 7 8.2 5\\n\\n' | hlt enter ors",
            ExitCodes.HELP})
final class EnterOrsCommand implements Callable<Integer> {

    @Option(names = "--instrument", paramLabel = "ors|srs|cors|csrs|ycors|ycsrs", description = "The form "
            + "(asked when left out).")
    String instrument;

    @Option(names = "--rater", paramLabel = "self|parent|teacher|other", converter = InformantConverter.class,
            description = "Who rated the form (asked when left out).")
    Informant rater;

    @Option(names = "--session", paramLabel = "N", description = "The session number, 1 or more (asked when left "
            + "out).")
    Integer session;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class, description = "The session's date (asked when left out; "
            + "Enter takes today).")
    LocalDate date;

    @Option(names = "--id", paramLabel = "ID", description = "The client's pseudonymous id (asked when left out). "
            + "Never a name or a personal identity number.")
    String id;

    @Option(names = "--age", paramLabel = "YEARS", description = "The child's age in whole years (asked when left "
            + "out); it chooses the cut-off.")
    Integer age;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to save the form. Default: "
            + "ID-FORM-sSESSION.json in the current folder, e.g. k-0417-ors-s3.json. An existing file is never "
            + "overwritten.")
    Path out;

    @Option(names = "--earlier", paramLabel = "FILE", arity = "1..*", description = "The client's earlier "
            + "sessions, as hlt enter ors saved them: the form is then shown with its change since intake and the "
            + "series' alerts, as hlt score shows the series.")
    List<Path> earlier = List.of();

    @Mixin
    LanguageOption language;

    @Mixin
    SessionOptions sessions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages m = language.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntryFrame frame = new EntryFrame(m, spec);
        Optional<Integer> refused = frame.refused(id, age, out);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (session != null && SessionHeaderEntry.session(session.toString()).isEmpty()) { // 1 to 999, as typed
            err.println(m.get("enter.ors.session.bad", session));
            return ExitCodes.USAGE;
        }
        Optional<SeriesScorer> scorer = sessions.load(se.hlt.assessment.scoring.Scorer.builtIn(), m, err);
        if (scorer.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        Optional<EarlierSessions> before = EarlierSessions.read(earlier, scorer.get().scorer().instruments(), m,
                err);
        if (before.isEmpty()) {
            return ExitCodes.INPUT_REFUSED;
        }
        Dialogue dialogue = frame.dialogue(spec);
        SessionHeaderEntry headerEntry = new SessionHeaderEntry(scorer.get().scorer().instruments(), dialogue);
        if (instrument != null && headerEntry.instrument(instrument).isEmpty()) {
            err.println(m.get("enter.ors.no.such.instrument", instrument, String.join(", ",
                    headerEntry.instruments().stream().map(d -> d.id()).toList())));
            return ExitCodes.USAGE;
        }
        if (instrument != null && rater != null && !headerEntry.instrument(instrument).get().accepts(rater)) {
            err.println(m.get("enter.ors.rater.not.accepted", rater.code(), instrument));
            return ExitCodes.USAGE;
        }
        LocalDate today = LocalDate.now();
        if (date != null && !FormDates.possible(date, today)) {
            err.println(m.get("enter.date.future", date.toString(), today.toString()));
            return ExitCodes.USAGE;
        }
        SessionHeaderEntry.Given given = new SessionHeaderEntry.Given(Optional.ofNullable(instrument),
                Optional.ofNullable(rater), session == null ? OptionalInt.empty() : OptionalInt.of(session),
                Optional.ofNullable(date), Optional.ofNullable(id),
                age == null ? OptionalInt.empty() : OptionalInt.of(age));
        try {
            SessionHeaderEntry.Header header = headerEntry.ask(given, today);
            MarkEntry entry = new MarkEntry(header.definition(), header.context(), dialogue);
            entry.enterMarks();
            ResultText text = new ResultText(m);
            MarkEntry.Outcome outcome = entry.review(() -> {
                FormResult result = scorer.get().scorer().score(entry.form());
                stdout.println();
                text.print(result, Optional.of(header.definition()), stdout);
                // with the earlier sessions the form is assessed in its series: change since intake, alerts
                Optional<EarlierSessions.InSeries> placed = earlier.isEmpty() ? Optional.empty()
                        : before.get().place(entry.form(), header.session(), header.date(), scorer.get());
                Optional<SessionResult> s = placed.map(EarlierSessions.InSeries::session)
                        .or(() -> scorer.get().assessForm(result));
                s.filter(x -> result.isValid()).ifPresent(x -> new SessionText(m).print(x, stdout));
                placed.flatMap(EarlierSessions.InSeries::outcome).filter(x -> result.isValid())
                        .ifPresent(o -> stdout.println(new SeriesText(m).summary(o)));
                stdout.println();
                stdout.flush();
            });
            if (outcome == MarkEntry.Outcome.QUIT) {
                return frame.notSaved();
            }
            // saved as a series of one session, so that its session number and date are kept with it
            return frame.save(out, header.defaultFileName(), seriesJson(entry.form(), header));
        } catch (InputEnded e) {
            return frame.inputEnded(e);
        }
    }

    /** {@code {"client": ..., "sessions": [{"session": 3, "date": ..., <the form without its id>}]}}. */
    static String seriesJson(Form form, SessionHeaderEntry.Header header) throws IOException {
        JsonNode written = DataFiles.mapper().reader()
                .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(FormJson.write(form));
        ObjectNode session = JsonNodeFactory.instance.objectNode();
        session.put("session", header.session());
        session.put("date", header.date().toString());
        written.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("id")) {
                session.set(e.getKey(), e.getValue());
            }
        });
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("client", form.context().id().orElseThrow());
        root.putArray("sessions").add(session);
        return DataFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
