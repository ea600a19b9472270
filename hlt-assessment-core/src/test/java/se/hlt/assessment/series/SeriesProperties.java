package se.hlt.assessment.series;

import se.hlt.assessment.comparison.ChangeStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;

/**
 * Properties of a series: the reliable change status is symmetric, the order of the rows does not matter, and a
 * client without an ORS-family form to pair with has every SRS-family row reported.
 */
@PropertyDefaults(tries = 500)
class SeriesProperties {

    private final SeriesScorer scorer = SeriesScorer.builtIn();

    private ChangeStatus status(int intakeTenths, int latestTenths, String instrument, Informant rater, int age) {
        SeriesResult result = scorer.score(Series.of("k", List.of(
                Sessions.total(1, 1, instrument, intakeTenths, rater, age),
                Sessions.total(2, 2, instrument, latestTenths, rater, age))));
        return result.tracks().get(0).outcome().orElseThrow().reliableChange().orElseThrow();
    }

    @Property
    void swappingIntakeAndLatestSwapsImprovedAndDeteriorated(
            @ForAll @IntRange(min = 0, max = 400) int intake, @ForAll @IntRange(min = 0, max = 400) int latest,
            @ForAll("outcomeRating") Rating rating) {
        ChangeStatus forwards = status(intake, latest, rating.instrument(), rating.rater(), rating.age());
        ChangeStatus backwards = status(latest, intake, rating.instrument(), rating.rater(), rating.age());
        switch (forwards) {
            case IMPROVED: assertEquals(ChangeStatus.DETERIORATED, backwards); break;
            case DETERIORATED: assertEquals(ChangeStatus.IMPROVED, backwards); break;
            default: assertEquals(ChangeStatus.NO_RELIABLE_CHANGE, backwards);
        }
        // and the status is the one the reliable change value of 5 points gives
        int change = latest - intake;
        ChangeStatus expected = change >= 50 ? ChangeStatus.IMPROVED
                : change <= -50 ? ChangeStatus.DETERIORATED : ChangeStatus.NO_RELIABLE_CHANGE;
        assertEquals(expected, forwards, "change " + change + " tenths");
    }

    /** An outcome instrument with a rater and an age that the rules give a reliable change value. */
    record Rating(String instrument, Informant rater, int age) {
    }

    @Provide
    Arbitrary<Rating> outcomeRating() {
        return Arbitraries.of(new Rating("ors", Informant.SELF, 30), new Rating("ors", Informant.SELF, 15),
                new Rating("cors", Informant.SELF, 9), new Rating("cors", Informant.PARENT, 8),
                new Rating("ors", Informant.TEACHER, 16));
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage is checked, not printed
    void theOrderOfTheRowsDoesNotChangeTheResult(@ForAll("series") List<SessionForm> forms, @ForAll long seed) {
        SeriesResult inOrder = scorer.score(Series.of("k", forms));
        List<SessionForm> shuffled = new ArrayList<>(forms);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(inOrder, scorer.score(Series.of("k", shuffled)));
        // and every row is either in a track or reported, once
        assertEquals(forms.size(), inOrder.sessions().size() + inOrder.problems().size());
        assertTrue(inOrder.problems().stream().allMatch(p -> forms.stream().anyMatch(f -> f.row() == p.row())));
        // the generator must produce every kind of trouble often enough for the property to mean something
        for (SeriesProblemKind kind : List.of(SeriesProblemKind.FORM_INVALID, SeriesProblemKind.DUPLICATE_SESSION,
                SeriesProblemKind.NO_MATCHING_SESSION, SeriesProblemKind.DATE_BEFORE_PREVIOUS_SESSION)) {
            boolean happened = inOrder.problems().stream().anyMatch(p -> p.kind() == kind);
            Statistics.label(kind.code()).collect(happened);
            Statistics.label(kind.code()).coverage(c -> c.check(true).percentage(pc -> pc >= 5));
        }
        boolean alerted = inOrder.tracks().stream().anyMatch(t -> !t.alerts().isEmpty());
        Statistics.label("alerts").collect(alerted);
        Statistics.label("alerts").coverage(c -> c.check(true).percentage(pc -> pc >= 5));
    }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage is checked, not printed
    void aClientWithoutAValidOrsFamilyFormHasEverySrsFamilyRowReported(
            @ForAll("withoutValidOutcome") List<SessionForm> forms) {
        // ors-srs.md section 5 (issue 17): an SRS pairs with the ORS of its session, whatever other sessions hold
        SeriesResult result = scorer.score(Series.of("k", forms));
        assertEquals(List.of(), result.tracks(), "nothing is followed");
        assertEquals(forms.size(), result.problems().size(), "every row is reported, once");
        for (SessionForm f : forms) {
            boolean alliance = scorer.rules().roleOf(f.form().instrument()).orElseThrow()
                    == se.hlt.assessment.norms.MeasureRole.ALLIANCE;
            boolean valid = scorer.scorer().score(f.form()).isValid();
            SeriesProblem p = result.problems().stream().filter(x -> x.row() == f.row()).findFirst().orElseThrow();
            if (alliance && valid && p.kind() != SeriesProblemKind.DUPLICATE_SESSION) {
                assertEquals(SeriesProblemKind.NO_MATCHING_SESSION, p.kind(), "row " + f.row());
            }
            Statistics.label("valid alliance row").collect(alliance && valid);
        }
        boolean anyOutcomeRow = forms.stream().anyMatch(f -> scorer.rules().roleOf(f.form().instrument())
                .orElseThrow() == se.hlt.assessment.norms.MeasureRole.OUTCOME);
        Statistics.label("rejected ORS-family rows beside").collect(anyOutcomeRow);
        Statistics.label("valid alliance row").coverage(c -> c.check(true).percentage(pc -> pc >= 30));
        Statistics.label("rejected ORS-family rows beside").coverage(c -> {
            c.check(true).percentage(pc -> pc >= 20);
            c.check(false).percentage(pc -> pc >= 10);
        });
    }

    /**
     * Random clients with no ORS-family form that can be followed: SRS-family forms of every kind (some with a mark
     * out of range), alone or beside ORS-family forms that are all rejected (a mark of 10.1, a YCORS rating of 5).
     */
    @Provide
    Arbitrary<List<SessionForm>> withoutValidOutcome() {
        Arbitrary<Integer> session = Arbitraries.integers().between(1, 4);
        Arbitrary<String> instrument = Arbitraries.of("srs", "srs", "csrs", "ycsrs", "ors", "cors", "ycors");
        Arbitrary<Informant> rater = Arbitraries.of(Informant.SELF, Informant.PARENT);
        Arbitrary<Integer> mark = Arbitraries.integers().between(0, 101); // 101 is out of range
        return Combinators.combine(session, instrument, rater, mark.list().ofSize(4))
                .as((s, i, r, m) -> new SessionFormParts(s, i, r, m, 2, 0))
                .list().ofMinSize(1).ofMaxSize(8).map(SeriesProperties::withoutValidOutcome);
    }

    private static List<SessionForm> withoutValidOutcome(List<SessionFormParts> parts) {
        List<SessionForm> forms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SessionFormParts p = parts.get(i);
            boolean outcome = List.of("ors", "cors", "ycors").contains(p.instrument());
            Map<String, BigDecimal> answers = new java.util.HashMap<>(); // marks are drawn in tenths
            if (p.instrument().startsWith("yc")) {
                answers.put("rating", BigDecimal.valueOf(outcome ? 5 : 1 + p.marks().get(0) % 4));
            } else {
                List<String> scales = outcome ? List.of("individually", "interpersonally", "socially", "overall")
                        : List.of("relationship", "goals", "approach", "overall");
                for (int s = 0; s < 4; s++) {
                    answers.put(scales.get(s), BigDecimal.valueOf(outcome && s == 0 ? 101 : p.marks().get(s), 1));
                }
            }
            int age = p.instrument().startsWith("yc") ? 4 : p.instrument().startsWith("c") ? 9 : 15;
            Form form = Form.of(p.instrument(), answers)
                    .withContext(FormContext.none().withAge(age).withRater(p.rater()));
            forms.add(new SessionForm(i + 2, p.session(),
                    Optional.of(LocalDate.of(2026, 1, 5).plusDays(7L * p.session())), form));
        }
        return forms;
    }

    /**
     * Random series with every kind of trouble: repeated sessions, raters, alliance forms without an outcome form,
     * dates that go back, marks out of range, incomplete and total-only forms.
     */
    @Provide
    Arbitrary<List<SessionForm>> series() {
        Arbitrary<Integer> session = Arbitraries.integers().between(1, 6);
        Arbitrary<String> instrument = Arbitraries.of("ors", "ors", "srs", "cors");
        Arbitrary<Informant> rater = Arbitraries.of(Informant.SELF, Informant.SELF, Informant.PARENT);
        Arbitrary<Integer> mark = Arbitraries.integers().between(0, 101); // 101 is out of range
        Arbitrary<Integer> missing = Arbitraries.integers().between(0, 9); // 0: a scale missing, 1: total only
        Arbitrary<Integer> dayOffset = Arbitraries.integers().between(-3, 10);
        Arbitrary<SessionFormParts> parts = Combinators.combine(session, instrument, rater,
                mark.list().ofSize(4), missing, dayOffset).as(SessionFormParts::new);
        return parts.list().ofMinSize(1).ofMaxSize(14).map(SeriesProperties::forms);
    }

    private record SessionFormParts(int session, String instrument, Informant rater, List<Integer> marks,
                                    int missing, int dayOffset) {
    }

    private static List<SessionForm> forms(List<SessionFormParts> parts) {
        List<SessionForm> forms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SessionFormParts p = parts.get(i);
            List<String> scales = p.instrument().equals("srs")
                    ? List.of("relationship", "goals", "approach", "overall")
                    : List.of("individually", "interpersonally", "socially", "overall");
            Map<String, BigDecimal> answers = new java.util.HashMap<>(); // marks are drawn in tenths
            if (p.missing() == 1) {
                answers.put("total", BigDecimal.valueOf(Math.min(400, p.marks().get(0) * 4), 1));
            } else {
                for (int s = p.missing() == 0 ? 1 : 0; s < 4; s++) {
                    answers.put(scales.get(s), BigDecimal.valueOf(p.marks().get(s), 1));
                }
            }
            Form form = Form.of(p.instrument(), answers)
                    .withContext(FormContext.none().withAge(p.instrument().equals("cors") ? 9 : 15)
                            .withRater(p.rater()));
            LocalDate date = LocalDate.of(2026, 1, 5).plusDays(7L * p.session() + p.dayOffset());
            forms.add(new SessionForm(i + 2, p.session(), p.dayOffset() == 10 ? Optional.empty()
                    : Optional.of(date), form));
        }
        return forms;
    }
}
