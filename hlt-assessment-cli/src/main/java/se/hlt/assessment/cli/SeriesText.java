package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.series.OutcomeSummary;
import se.hlt.assessment.series.SeriesProblem;
import se.hlt.assessment.series.SeriesProblemKind;
import se.hlt.assessment.series.SeriesResult;
import se.hlt.assessment.series.SessionResult;
import se.hlt.assessment.series.Track;

/**
 * Prints one client's series for a key person, in English or Swedish: per rater a compact table, session by
 * session (the ORS-family total, change since intake, clinical range, the SRS-family total, alerts), then one line
 * each explaining the cut-off and the reliable change value in use, and what the change amounts to. Rows that are
 * not part of the series are listed with the reason.
 */
public final class SeriesText {

    private final Messages m;
    private final Locale locale;
    private final SessionText session;

    public SeriesText(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
        this.session = new SessionText(messages);
    }

    void print(SeriesResult r, PrintWriter out) {
        StringBuilder title = new StringBuilder(m.get("series.title", r.client()));
        r.episode().ifPresent(e -> title.append(", ").append(m.get("series.episode", e)));
        out.println(title);
        for (Track t : r.tracks()) {
            out.println();
            out.println(m.get("series.rater", m.get("informant." + t.rater().code())));
            printTable(t, out);
            printExplanations(t, out);
        }
        if (!r.problems().isEmpty()) {
            out.println();
            out.println(m.get("series.problems"));
            for (SeriesProblem p : r.problems()) {
                out.println("  - " + m.get("series.problem.row", String.valueOf(p.row()), problem(p)));
            }
        }
    }

    private void printTable(Track t, PrintWriter out) {
        TreeMap<Integer, List<SessionResult>> bySession = new TreeMap<>();
        t.sessions().forEach(s -> bySession.computeIfAbsent(s.session(), k -> new ArrayList<>()).add(s));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {m.get("series.column.session"), m.get("series.column.date"),
            m.get("series.column.outcome"), m.get("series.column.change"), m.get("series.column.clinical"),
            m.get("series.column.alliance"), m.get("series.column.alerts")});
        for (List<SessionResult> forms : bySession.values()) {
            Optional<SessionResult> outcome = forms.stream().filter(s -> s.role() == MeasureRole.OUTCOME).findFirst();
            Optional<SessionResult> alliance = forms.stream().filter(s -> s.role() == MeasureRole.ALLIANCE)
                    .findFirst();
            List<String> alerts = new ArrayList<>();
            forms.forEach(s -> s.alerts().forEach(a -> alerts.add(session.alert(a))));
            rows.add(new String[] {String.valueOf(forms.get(0).session()),
                forms.stream().flatMap(s -> s.date().stream()).findFirst().map(Object::toString).orElse(""),
                outcome.map(this::formCell).orElse(""),
                outcome.flatMap(SessionResult::changeSinceIntake).map(c -> Numbers.signed(c, locale)).orElse(""),
                outcome.flatMap(SessionResult::clinical).map(c -> m.get(c ? "series.yes" : "series.no")).orElse(""),
                alliance.map(this::formCell).orElse(""),
                String.join("; ", alerts)});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean number = c == 0 || c == 3;
                String cell = number ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : row[c] + " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A form in a table cell: its instrument and total (ORS 18.3), or rating (YCORS 3/4), or a dash. */
    public String formCell(SessionResult s) {
        String form = s.instrument().toUpperCase(Locale.ROOT);
        if (s.total().isPresent()) {
            return form + " " + Numbers.text(s.total().get(), locale);
        }
        return s.form().score("rating").flatMap(r -> r.value().isPresent()
                        ? Optional.of(form + " " + r.value().getAsInt() + "/" + r.max()) : Optional.empty())
                .orElse(form + " –");
    }

    private void printExplanations(Track t, PrintWriter out) {
        Optional<OutcomeSummary> outcome = t.outcome();
        Optional<SessionResult> firstOutcome = t.sessions().stream().filter(s -> s.role() == MeasureRole.OUTCOME)
                .filter(s -> s.total().isPresent()).findFirst()
                .or(() -> t.sessions().stream().filter(s -> s.role() == MeasureRole.OUTCOME).findFirst());
        if (outcome.isPresent() && firstOutcome.isPresent()) {
            SessionResult intake = firstOutcome.get();
            out.println(session.cutoffLine(intake));
            OutcomeSummary o = outcome.get();
            if (intake.total().isPresent()) {
                out.println(session.reliableChangeLine(o));
                out.println(summary(o));
            }
        }
        Optional<SessionResult> alliance = t.sessions().stream().filter(s -> s.role() == MeasureRole.ALLIANCE)
                .findFirst();
        alliance.ifPresent(a -> out.println(session.cutoffLine(a)));
    }

    /** What a rater's outcome forms amount to, in one line: from intake to latest, and whether it is reliable. */
    public String summary(OutcomeSummary o) {
        if (o.reliableChange().isEmpty() && o.latestSession().equals(o.intakeSession())) {
            return m.get("series.outcome.single", String.valueOf(o.intakeSession().getAsInt()),
                    session.number(o.intakeTotal().orElseThrow()));
        }
        String verdict = o.reliableChange().map(r -> m.get("series.status." + r.code()))
                .orElse(m.get("series.status.unknown"));
        String significance = o.clinicallySignificant()
                .map(c -> m.get(c ? "series.significant" : "series.not_significant")).orElse("");
        return m.get("series.outcome", String.valueOf(o.intakeSession().getAsInt()),
                String.valueOf(o.latestSession().getAsInt()),
                session.number(o.intakeTotal().orElseThrow()), session.number(o.latestTotal().orElseThrow()),
                Numbers.signed(o.change().orElseThrow(), locale),
                significance.isEmpty() ? verdict : verdict + ", " + significance);
    }

    /** Why a row is not part of the series. */
    public String problem(SeriesProblem p) {
        if (p.kind() == SeriesProblemKind.FORM_INVALID) {
            ResultText text = new ResultText(m);
            return String.join("; ", p.formProblems().stream().map(text::problem).toList());
        }
        // numbers as plain text: MessageFormat would group a row number as 1,234 (or 1 234 in Swedish)
        return m.get("series.problem." + p.kind().code(), String.valueOf(p.session()),
                String.valueOf(p.relatedRow().orElse(0)));
    }
}
