package se.hlt.assessment.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Scorer;

/**
 * Scores ORS/SRS-family forms as a key person uses them: each form the moment it is filled in
 * ({@link #assessForm}), and a client's forms session after session ({@link #score(Series)}). Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * SeriesScorer scorer = SeriesScorer.builtIn();
 * SeriesResult result = scorer.score(Series.of("k-17", List.of(
 *         SessionForm.of(1, 1, LocalDate.parse("2026-01-12"), Form.of("ors", Map.of("total", 180))),
 *         SessionForm.of(2, 2, LocalDate.parse("2026-01-19"), Form.of("ors", Map.of("total", 260))))));
 * result.tracks().get(0).outcome().flatMap(OutcomeSummary::reliableChange);   // IMPROVED
 * }</pre>
 *
 * <p>A series is followed per rater: a parent's ratings are never compared with the child's. Each rater's outcome
 * forms give the change since intake, its reliable change status and whether it is clinically significant, and the
 * early-change signal; each rater's alliance forms give the alliance alerts. Every number comes from the
 * {@link OrsSrsRules rules data}.
 */
public final class SeriesScorer {

    /** The order tracks are listed in: the child's own ratings first. */
    private static final List<Informant> RATER_ORDER =
            List.of(Informant.SELF, Informant.PARENT, Informant.TEACHER, Informant.OTHER);

    private final Scorer scorer;
    private final OrsSrsRules rules;
    private final Optional<ExpectedResponse> expected;
    private final RuleLookup lookup;

    private SeriesScorer(Scorer scorer, OrsSrsRules rules, Optional<ExpectedResponse> expected, RuleLookup lookup) {
        this.scorer = scorer;
        this.rules = rules;
        this.expected = expected;
        this.lookup = lookup;
    }

    /** A scorer with the built-in instruments and the built-in ORS/SRS rules. */
    public static SeriesScorer builtIn() {
        return BuiltIn.SCORER;
    }

    /** A scorer whose forms are scored by {@code scorer}, with {@code rules}. */
    public static SeriesScorer of(Scorer scorer, OrsSrsRules rules) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(rules, "rules");
        return new SeriesScorer(scorer, rules, Optional.empty(), new RuleLookup(rules));
    }

    /** This scorer with a user's expected treatment response table: each outcome session is then on track or not. */
    public SeriesScorer withExpected(ExpectedResponse table) {
        return new SeriesScorer(scorer, rules, Optional.of(table), lookup);
    }

    /** The engine that scores each form. */
    public Scorer scorer() {
        return scorer;
    }

    /** The cut-offs, reliable change values and alert rules in use. */
    public OrsSrsRules rules() {
        return rules;
    }

    /** The user's expected treatment response table, if one was given. */
    public Optional<ExpectedResponse> expected() {
        return expected;
    }

    /**
     * One form on its own, as soon as it is filled in: its scores, the cut-off for its instrument, rater and age,
     * whether the total is below it, and the alerts one alliance form can raise.
     *
     * @return the assessment; empty when the form's instrument is not an ORS/SRS-family measure
     */
    public Optional<SessionResult> assessForm(Form form) {
        return assessForm(scorer.score(form));
    }

    /**
     * One form already scored, on its own (see {@link #assessForm(Form)}).
     *
     * @return the assessment; empty when the form's instrument is not an ORS/SRS-family measure
     */
    public Optional<SessionResult> assessForm(FormResult result) {
        return rules.roleOf(result.instrument()).map(role ->
                FormAssessment.of(new ScoredForm(1, 1, Optional.empty(), result), role, lookup, rules.alerts()));
    }

    /** Scores every form of a series with the engine, then assesses the series (see {@link #assess}). */
    public SeriesResult score(Series series) {
        List<ScoredForm> scored = new ArrayList<>(series.forms().size());
        for (SessionForm f : series.forms()) {
            scored.add(new ScoredForm(f.row(), f.session(), f.date(), scorer.score(f.form())));
        }
        return assess(series.client(), series.episode(), scored);
    }

    /**
     * Assesses one client's forms, already scored: which rows can be part of the series (the others are reported
     * with their reason), then each rater's track.
     *
     * @param forms the client's forms in any order; the result does not depend on the order
     */
    public SeriesResult assess(String client, Optional<String> episode, List<ScoredForm> forms) {
        RowChecks.Outcome checked = RowChecks.check(forms, rules);
        List<List<ScoredForm>> byRater = new ArrayList<>(RATER_ORDER.size());
        RATER_ORDER.forEach(r -> byRater.add(new ArrayList<>()));
        for (ScoredForm f : checked.accepted()) {
            byRater.get(RATER_ORDER.indexOf(f.result().informant().orElse(Informant.SELF))).add(f);
        }
        List<Track> tracks = new ArrayList<>();
        for (int r = 0; r < RATER_ORDER.size(); r++) {
            if (!byRater.get(r).isEmpty()) {
                tracks.add(track(RATER_ORDER.get(r), byRater.get(r)));
            }
        }
        return new SeriesResult(client, episode, rules.id(), tracks, checked.problems());
    }

    private Track track(Informant rater, List<ScoredForm> forms) {
        List<SessionResult> outcome = new ArrayList<>();
        List<SessionResult> alliance = new ArrayList<>();
        for (ScoredForm f : forms) {
            MeasureRole role = rules.roleOf(f.result().instrument()).orElseThrow();
            SessionResult s = FormAssessment.of(f, role, lookup, rules.alerts());
            (role == MeasureRole.OUTCOME ? outcome : alliance).add(s);
        }
        Optional<OutcomeAssessment.Outcome> assessed = outcome.isEmpty() ? Optional.empty()
                : Optional.of(OutcomeAssessment.of(outcome, lookup, rules.alerts().earlyChange(), expected));
        List<SessionResult> sessions = new ArrayList<>(assessed.map(OutcomeAssessment.Outcome::sessions)
                .orElse(List.of()));
        sessions.addAll(AllianceAssessment.of(alliance, rules.alerts().allianceDrop()));
        sessions.sort(Comparator.comparingInt(SessionResult::session)
                .thenComparing(SessionResult::role)
                .thenComparingLong(SessionResult::row));
        List<Alert> alerts = new ArrayList<>();
        for (SessionResult s : sessions) {
            alerts.addAll(s.alerts());
        }
        return new Track(rater, sessions, assessed.map(OutcomeAssessment.Outcome::summary), alerts);
    }

    /** Builds the built-in scorer once, on first use. */
    private static final class BuiltIn {
        static final SeriesScorer SCORER = of(Scorer.builtIn(), OrsSrsRules.builtIn());
    }
}
