package se.hlt.assessment.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.scoring.Problem;

/**
 * Decides which rows of one client's series can be part of it, and reports every other row with its reason.
 *
 * <p>In order: a form that could not be scored; a form of an instrument that is not a session measure; a second
 * form of the same kind (outcome or alliance) by the same rater for a session (the row with the lowest number is
 * kept); an alliance form for a session with no valid outcome form by anyone (ors-srs.md &sect;5: an SRS pairs
 * with the ORS of its session), also when the client has no valid outcome form at all, since an SRS-only client
 * is no exception to that rule and must get the same reason as one whose other sessions have an ORS; a date
 * before the previous session's.
 * Every decision depends on the rows' session numbers and row numbers only, never on the order they come in, so
 * that the same forms in any order give the same series.
 */
final class RowChecks {

    /** Sorts by session, then by row: the order every check walks in. */
    static final Comparator<ScoredForm> BY_SESSION_THEN_ROW =
            Comparator.comparingInt(ScoredForm::session).thenComparingLong(ScoredForm::row);

    /**
     * The rows that pass, in session order, and the problems of those that do not, in row order.
     *
     * @param accepted the rows that are part of the series
     * @param problems one per row that is not
     */
    record Outcome(List<ScoredForm> accepted, List<SeriesProblem> problems) {
    }

    private RowChecks() {
    }

    /** Checks the rows of one client's series against each other. */
    static Outcome check(List<ScoredForm> forms, OrsSrsRules rules) {
        List<SeriesProblem> problems = new ArrayList<>();
        List<ScoredForm> sorted = new ArrayList<>(forms);
        sorted.sort(BY_SESSION_THEN_ROW);

        int[] outcomeSessions = new int[sorted.size()]; // in order, since the forms are
        int outcomes = 0;
        for (ScoredForm f : sorted) {
            if (f.result().isValid() && rules.roleOf(f.result().instrument()).orElse(null) == MeasureRole.OUTCOME) {
                outcomeSessions[outcomes++] = f.session();
            }
        }
        List<ScoredForm> pool = new ArrayList<>();
        List<ScoredForm> firstOfKind = new ArrayList<>();
        for (ScoredForm f : sorted) {
            Optional<MeasureRole> role = rules.roleOf(f.result().instrument());
            if (!f.result().isValid()) {
                problems.add(formInvalid(f));
            } else if (role.isEmpty()) {
                problems.add(problem(f, SeriesProblemKind.NOT_A_SESSION_MEASURE, "instrument", OptionalLong.empty()));
            } else {
                Optional<ScoredForm> kept = sameKind(firstOfKind, f, role.get(), rules);
                if (kept.isPresent()) {
                    problems.add(problem(f, SeriesProblemKind.DUPLICATE_SESSION, "session",
                            OptionalLong.of(kept.get().row())));
                    continue;
                }
                firstOfKind.add(f);
                if (role.get() == MeasureRole.ALLIANCE
                        && java.util.Arrays.binarySearch(outcomeSessions, 0, outcomes, f.session()) < 0) {
                    problems.add(problem(f, SeriesProblemKind.NO_MATCHING_SESSION, "session", OptionalLong.empty()));
                } else {
                    pool.add(f);
                }
            }
        }
        List<ScoredForm> accepted = withoutDatesGoingBack(pool, problems);
        problems.sort(Comparator.comparingLong(SeriesProblem::row));
        return new Outcome(List.copyOf(accepted), List.copyOf(problems));
    }

    /**
     * Removes, and reports, each row dated before the latest date of the previous session (the nearest lower session
     * number with a date among these rows). Each row is compared with its neighbour only, whether or not that
     * neighbour is itself reported, so that one mistyped date is reported once, beside the row it clashes with,
     * rather than at every later session.
     *
     * @param pool rows in session order
     */
    private static List<ScoredForm> withoutDatesGoingBack(List<ScoredForm> pool, List<SeriesProblem> problems) {
        List<ScoredForm> accepted = new ArrayList<>(pool.size());
        ScoredForm previous = null; // the latest-dated row of the nearest earlier session with a date
        int start = 0;
        while (start < pool.size()) {
            int session = pool.get(start).session();
            int end = start;
            ScoredForm latest = null;
            while (end < pool.size() && pool.get(end).session() == session) {
                ScoredForm f = pool.get(end++);
                if (f.date().isPresent() && (latest == null || f.date().get().isAfter(latest.date().get()))) {
                    latest = f;
                }
            }
            for (int i = start; i < end; i++) {
                ScoredForm f = pool.get(i);
                if (previous != null && f.date().isPresent() && f.date().get().isBefore(previous.date().get())) {
                    problems.add(problem(f, SeriesProblemKind.DATE_BEFORE_PREVIOUS_SESSION, "date",
                            OptionalLong.of(previous.row())));
                } else {
                    accepted.add(f);
                }
            }
            if (latest != null) {
                previous = latest;
            }
            start = end;
        }
        return accepted;
    }

    /**
     * The form already kept for the same session, role and rater as {@code f}, if any. A scan rather than a map: a
     * client has a handful of rows, and a batch checks a million.
     */
    private static Optional<ScoredForm> sameKind(List<ScoredForm> kept, ScoredForm f, MeasureRole role,
                                                 OrsSrsRules rules) {
        Informant rater = f.result().informant().orElse(Informant.SELF);
        for (ScoredForm k : kept) {
            if (k.session() == f.session() && k.result().informant().orElse(Informant.SELF) == rater
                    && rules.roleOf(k.result().instrument()).orElseThrow() == role) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static SeriesProblem formInvalid(ScoredForm f) {
        List<Problem> formProblems = f.result().problems();
        String fields = formProblems.stream().map(Problem::field).distinct().collect(Collectors.joining(" "));
        return new SeriesProblem(f.row(), f.session(), SeriesProblemKind.FORM_INVALID, fields, OptionalLong.empty(),
                formProblems);
    }

    private static SeriesProblem problem(ScoredForm f, SeriesProblemKind kind, String field, OptionalLong related) {
        return new SeriesProblem(f.row(), f.session(), kind, field, related, List.of());
    }
}
