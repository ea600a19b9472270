package se.hlt.assessment.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
 * kept); an alliance form for a session with no outcome form by anyone, when the client has outcome forms at all
 * (a client followed with the SRS alone has nothing to pair with); a date before the previous session's.
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

        Set<Integer> outcomeSessions = new HashSet<>();
        for (ScoredForm f : sorted) {
            if (rules.roleOf(f.result().instrument()).orElse(null) == MeasureRole.OUTCOME) {
                outcomeSessions.add(f.session()); // even a form that is invalid shows that the session took place
            }
        }
        List<ScoredForm> pool = new ArrayList<>();
        Map<String, Long> firstOfKind = new HashMap<>();
        for (ScoredForm f : sorted) {
            Optional<MeasureRole> role = rules.roleOf(f.result().instrument());
            if (!f.result().isValid()) {
                problems.add(formInvalid(f));
            } else if (role.isEmpty()) {
                problems.add(problem(f, SeriesProblemKind.NOT_A_SESSION_MEASURE, "instrument", OptionalLong.empty()));
            } else {
                String kind = f.session() + "/" + role.get() + "/" + f.result().informant().orElse(Informant.SELF);
                Long kept = firstOfKind.putIfAbsent(kind, f.row());
                if (kept != null) {
                    problems.add(problem(f, SeriesProblemKind.DUPLICATE_SESSION, "session", OptionalLong.of(kept)));
                } else if (role.get() == MeasureRole.ALLIANCE && !outcomeSessions.isEmpty()
                        && !outcomeSessions.contains(f.session())) {
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
        java.util.TreeMap<Integer, ScoredForm> latestOfSession = new java.util.TreeMap<>();
        for (ScoredForm f : pool) {
            if (f.date().isPresent()) {
                latestOfSession.merge(f.session(), f, (a, b) -> b.date().get().isAfter(a.date().get()) ? b : a);
            }
        }
        List<ScoredForm> accepted = new ArrayList<>();
        for (ScoredForm f : pool) {
            Map.Entry<Integer, ScoredForm> previous = latestOfSession.lowerEntry(f.session());
            Optional<LocalDate> date = f.date();
            if (date.isPresent() && previous != null && date.get().isBefore(previous.getValue().date().get())) {
                problems.add(problem(f, SeriesProblemKind.DATE_BEFORE_PREVIOUS_SESSION, "date",
                        OptionalLong.of(previous.getValue().row())));
            } else {
                accepted.add(f);
            }
        }
        return accepted;
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
