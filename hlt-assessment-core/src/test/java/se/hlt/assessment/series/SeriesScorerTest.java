package se.hlt.assessment.series;

import se.hlt.assessment.comparison.ChangeStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hlt.assessment.series.Sessions.on;
import static se.hlt.assessment.series.Sessions.total;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.norms.MeasureRole;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.norms.RuleGap;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.Scorer;

class SeriesScorerTest {

    private final SeriesScorer scorer = SeriesScorer.builtIn();

    private SeriesResult score(SessionForm... forms) {
        return scorer.score(Series.of("k-1", List.of(forms)));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void eachSessionHasItsTotalClinicalFlagAndChangeSinceIntake() {
        SeriesResult result = score(total(1, 1, "ors", 200), total(2, 2, "ors", 243), total(3, 3, "ors", 290));
        Track track = result.tracks().get(0);
        assertEquals(Informant.SELF, track.rater());
        List<SessionResult> s = track.sessions();
        assertEquals(List.of(Optional.of(d("0.0")), Optional.of(d("4.3")), Optional.of(d("9.0"))),
                s.stream().map(SessionResult::changeSinceIntake).toList());
        // a 14-year-old's own ORS: cut-off 28, strictly below is clinical
        assertEquals(List.of(Optional.of(true), Optional.of(true), Optional.of(false)),
                s.stream().map(SessionResult::clinical).toList());
        OutcomeSummary outcome = track.outcome().orElseThrow();
        assertEquals(Optional.of(ChangeStatus.IMPROVED), outcome.reliableChange());
        assertEquals(Optional.of(true), outcome.clinicallySignificant());
        assertEquals(Optional.of(d("28")), outcome.cutoffValue().map(BigDecimal::stripTrailingZeros));
        assertEquals(OptionalInt.of(1), outcome.intakeSession());
        assertEquals(OptionalInt.of(3), outcome.latestSession());
    }

    @Test
    void oneTotalIsNotYetAChange() {
        OutcomeSummary outcome = score(total(1, 1, "ors", 200)).tracks().get(0).outcome().orElseThrow();
        assertEquals(Optional.of(d("0.0")), outcome.change());
        assertEquals(Optional.empty(), outcome.reliableChange());
        assertEquals(Optional.empty(), outcome.clinicallySignificant());
    }

    @Test
    void theIntakeIsTheFirstFormWithATotal() {
        Form incomplete = Form.of("ors", Map.of("individually", new BigDecimal("5.0")));
        SeriesResult result = score(new SessionForm(1, 1, Optional.empty(), incomplete), total(2, 2, "ors", 150),
                total(3, 3, "ors", 210));
        OutcomeSummary outcome = result.tracks().get(0).outcome().orElseThrow();
        assertEquals(3, outcome.forms());
        assertEquals(OptionalInt.of(2), outcome.intakeSession());
        assertEquals(Optional.of(d("6.0")), outcome.change());
        assertEquals(Optional.empty(), result.tracks().get(0).sessions().get(0).changeSinceIntake());
    }

    @Test
    void withoutTheAgeNoCutOffOrReliableChangeIsGuessed() {
        Form form = Form.of("ors", Map.of("total", new BigDecimal("20.0")));
        SeriesResult result = score(new SessionForm(1, 1, Optional.empty(), form),
                new SessionForm(2, 2, Optional.empty(), Form.of("ors", Map.of("total", new BigDecimal("30.0")))));
        OutcomeSummary outcome = result.tracks().get(0).outcome().orElseThrow();
        assertEquals(Optional.of(d("10.0")), outcome.change());
        assertEquals(Optional.empty(), outcome.cutoff());
        assertEquals(Optional.empty(), outcome.reliableChange());
        assertEquals(Optional.empty(), result.tracks().get(0).sessions().get(0).clinical());
        // and it says that the age is what is missing (issue 17), not that the rules have nothing
        assertEquals(Optional.of(RuleGap.AGE_NOT_GIVEN), outcome.reliableChangeGap());
        assertEquals(Optional.of(RuleGap.AGE_NOT_GIVEN), result.tracks().get(0).sessions().get(0).cutoffGap());
    }

    @Test
    void whereNoRuleIsForTheFormAtAnyAgeTheGapSaysSoAndWhereOneAppliesThereIsNone() {
        // an adult's ORS rated by a parent: the rules have a cut-off for no age of it
        SessionResult collateral = scorer.assessForm(Form.of("ors", Map.of("total", new BigDecimal("20.0")))
                .withContext(se.hlt.assessment.scoring.FormContext.none().withAge(30).withRater(Informant.PARENT)))
                .orElseThrow();
        assertEquals(Optional.empty(), collateral.cutoff());
        assertEquals(Optional.of(RuleGap.NO_RULE), collateral.cutoffGap());
        // an SRS has its cut-off at any age, so none is missing even without an age
        SessionResult srs = scorer.assessForm(Form.of("srs", Map.of("total", new BigDecimal("38.0")))).orElseThrow();
        assertTrue(srs.cutoff().isPresent());
        assertEquals(Optional.empty(), srs.cutoffGap());
        // a 14-year-old's own ORS has both rules
        OutcomeSummary teen = score(total(1, 1, "ors", 200), total(2, 2, "ors", 260)).tracks().get(0).outcome()
                .orElseThrow();
        assertEquals(Optional.empty(), teen.reliableChangeGap());
    }

    @Test
    void eachRaterIsATrackOfItsOwn() {
        SeriesResult result = score(total(1, 1, "cors", 200, Informant.SELF, 9),
                total(2, 1, "cors", 300, Informant.PARENT, 9), total(3, 2, "cors", 260, Informant.SELF, 9),
                total(4, 2, "cors", 290, Informant.PARENT, 9));
        assertEquals(List.of(Informant.SELF, Informant.PARENT), result.tracks().stream().map(Track::rater).toList());
        assertEquals(Optional.of(d("6.0")), result.tracks().get(0).outcome().orElseThrow().change());
        assertEquals(Optional.of(d("-1.0")), result.tracks().get(1).outcome().orElseThrow().change());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aSecondFormOfTheSameKindRaterAndSessionIsADuplicate() {
        SeriesResult result = score(total(7, 1, "ors", 200), total(9, 1, "ors", 210), total(8, 2, "ors", 250));
        assertEquals(List.of(new SeriesProblem(9, 1, SeriesProblemKind.DUPLICATE_SESSION, "session",
                OptionalLong.of(7), List.of())), result.problems());
        assertEquals(List.of(7L, 8L), result.sessions().stream().map(SessionResult::row).toList());
    }

    @Test
    void anSrsForASessionWithoutAnyOrsIsReportedWhenTheSeriesHasOrsForms() {
        SeriesResult result = score(total(1, 1, "ors", 200), total(2, 1, "srs", 380), total(3, 2, "srs", 370));
        assertEquals(1, result.problems().size());
        assertEquals(SeriesProblemKind.NO_MATCHING_SESSION, result.problems().get(0).kind());
        assertEquals(3, result.problems().get(0).row());
        // an SRS pairs with an ORS of the same session by anyone, e.g. a parent's
        SeriesResult paired = score(total(1, 1, "ors", 200, Informant.PARENT, 14), total(2, 1, "srs", 380));
        assertEquals(List.of(), paired.problems());
    }

    @Test
    void aClientWithSrsFormsAloneHasEverySrsReportedAndNoTrack() {
        // issue 17: the same reason as when the client has an ORS at some other session, not a series of SRS alone
        SeriesResult result = score(total(1, 1, "srs", 380), total(2, 2, "srs", 370));
        SeriesProblemKind none = SeriesProblemKind.NO_MATCHING_SESSION;
        assertEquals(List.of(new SeriesProblem(1, 1, none, "session", OptionalLong.empty(), List.of()),
                new SeriesProblem(2, 2, none, "session", OptionalLong.empty(), List.of())), result.problems());
        assertEquals(List.of(), result.tracks());
    }

    @Test
    void aYcsrsBesideARejectedYcorsIsReportedToo() {
        // a YCORS rating of 5 is out of range: the session is left with no outcome form for the YCSRS to pair with
        SeriesResult result = score(new SessionForm(1, 1, Optional.empty(), Form.of("ycors", Map.of("rating", 5))),
                new SessionForm(2, 1, Optional.empty(), Form.of("ycsrs", Map.of("rating", 3))));
        assertEquals(List.of(SeriesProblemKind.FORM_INVALID, SeriesProblemKind.NO_MATCHING_SESSION),
                result.problems().stream().map(SeriesProblem::kind).toList());
        assertEquals(List.of(), result.tracks());
    }

    @Test
    void aDateBeforeThePreviousSessionsIsReportedOnceNotAtEveryLaterSession() {
        // session 2 is mistyped a year late: session 3 clashes with it; session 4 follows 3 and is fine
        SeriesResult result = score(on(total(1, 1, "ors", 200), "2026-01-12"), on(total(2, 2, "ors", 220), "2027-01-19"),
                on(total(3, 3, "ors", 240), "2026-01-26"), on(total(4, 4, "ors", 260), "2026-02-02"));
        assertEquals(List.of(new SeriesProblem(3, 3, SeriesProblemKind.DATE_BEFORE_PREVIOUS_SESSION, "date",
                OptionalLong.of(2), List.of())), result.problems());
        assertEquals(3, result.sessions().size());
    }

    @Test
    void formsOfTheSameSessionMayShareADayAndFormsWithoutDatesAreNotCompared() {
        SeriesResult result = score(on(total(1, 1, "ors", 200), "2026-01-12"), on(total(2, 1, "srs", 380), "2026-01-12"),
                total(3, 2, "ors", 220), on(total(4, 3, "ors", 230), "2026-01-26"));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void anInvalidFormOrAFormThatIsNoSessionMeasureIsReportedWithItsReason() {
        SessionForm outOfRange = new SessionForm(1, 1, Optional.empty(), Form.of("ors",
                Map.of("individually", new BigDecimal("10.1"), "interpersonally", new BigDecimal("5.0"), "socially", new BigDecimal("5.0"), "overall", new BigDecimal("5.0"))));
        SessionForm sdq = new SessionForm(2, 1, Optional.empty(), Form.of("sdq-s-11-17-baseline", Map.of()));
        SeriesResult result = score(outOfRange, sdq, total(3, 2, "ors", 200));
        assertEquals(SeriesProblemKind.FORM_INVALID, result.problems().get(0).kind());
        assertEquals("individually", result.problems().get(0).field());
        assertTrue(result.problems().get(0).message().contains("\"10.1\" is out of range"),
                result.problems().get(0).message());
        assertEquals(SeriesProblemKind.NOT_A_SESSION_MEASURE, result.problems().get(1).kind());
        assertEquals(1, result.sessions().size());
    }

    @Test
    void noReliableImprovementBySessionThreeRaisesTheEarlyChangeSignalOnce() {
        SeriesResult result = score(total(1, 1, "ors", 200), total(2, 2, "ors", 220), total(3, 3, "ors", 240),
                total(4, 4, "ors", 245));
        List<Alert> alerts = result.tracks().get(0).alerts();
        assertEquals(List.of(Alert.of(AlertKind.NO_EARLY_CHANGE, 3, d("4.0"), d("5"))), alerts);
        // an improvement of exactly the reliable change value by then raises none
        SeriesResult improving = score(total(1, 1, "ors", 200), total(2, 2, "ors", 220), total(3, 3, "ors", 250));
        assertEquals(List.of(), improving.tracks().get(0).alerts());
    }

    @Test
    void anAllianceTotalBelowItsCutOffOrDroppingByAPointRaisesAnAlert() {
        // each SRS beside a parent's ORS of its session, so that the child's own track holds the SRS alone
        SeriesResult result = score(total(1, 1, "srs", 390), total(2, 2, "srs", 380), total(3, 3, "srs", 359),
                total(4, 4, "srs", 365), parentsOrs(5, 1), parentsOrs(6, 2), parentsOrs(7, 3), parentsOrs(8, 4));
        assertEquals(List.of(), result.problems());
        Track track = result.tracks().get(0);
        assertEquals(List.of(
                Alert.of(AlertKind.ALLIANCE_DROP, 2, d("1.0"), d("1")),
                Alert.of(AlertKind.ALLIANCE_BELOW_CUTOFF, 3, d("35.9"), d("36")),
                Alert.of(AlertKind.ALLIANCE_DROP, 3, d("2.1"), d("1"))), track.alerts());
        assertEquals(List.of(2, 3), track.allianceAlertSessions());
        assertEquals(Optional.empty(), track.outcome());
        assertEquals(MeasureRole.ALLIANCE, track.sessions().get(0).role());
    }

    @Test
    void theScaleCheckInIsOffByDefaultAndOnWhenTheRulesSaySo() throws Exception {
        SessionForm low = Sessions.srs(1, 1, 100, 85, 100, 100);
        assertEquals(List.of(), score(low, parentsOrs(2, 1)).tracks().get(0).alerts());

        ObjectNode json = (ObjectNode) DataFiles.mapper().readTree(
                DataFiles.resourceText("/hlt/ors-srs/pcoms-defaults.json"));
        ((ObjectNode) json.get("alerts").get("allianceScaleBelow")).put("enabled", true);
        OrsSrsRules rules = OrsSrsRules.read(json.toString(), "mine.json").orElseThrow();
        SeriesScorer checkingIn = SeriesScorer.of(Scorer.builtIn(), rules);
        assertEquals(List.of(new Alert(AlertKind.ALLIANCE_SCALE_BELOW, 1, Optional.of("goals"), d("8.5"), d("9"))),
                checkingIn.score(Series.of("k", List.of(low, parentsOrs(2, 1)))).tracks().get(0).alerts());
    }

    /** A parent's ORS at {@code session}: what an SRS pairs with, in a track of its own. */
    private static SessionForm parentsOrs(long row, int session) {
        return total(row, session, "ors", 300, Informant.PARENT, 14);
    }

    @Test
    void anExpectedResponseTableSaysWhetherEachSessionIsOnTrack() {
        ExpectedResponse table = new ExpectedResponse(List.of(
                new ExpectedRow(d("15"), d("24.9"), 2, d("23"), d("21")),
                new ExpectedRow(d("15"), d("24.9"), 3, d("25"), d("22.5"))));
        SeriesResult result = scorer.withExpected(table).score(Series.of("k", List.of(total(1, 1, "ors", 200),
                total(2, 2, "ors", 210), total(3, 3, "ors", 220))));
        List<SessionResult> s = result.tracks().get(0).sessions();
        assertEquals(Optional.empty(), s.get(0).expected());
        assertEquals(Optional.of(new Expectation(d("23"), d("21"), true)), s.get(1).expected());
        assertEquals(Optional.of(new Expectation(d("25"), d("22.5"), false)), s.get(2).expected());
        assertTrue(s.get(2).alerts().contains(Alert.of(AlertKind.BELOW_EXPECTED, 3, d("22.0"), d("22.5"))));
    }

    @Test
    void aFormOnItsOwnGetsItsCutOffAndAllianceAlert() {
        SessionResult srs = scorer.assessForm(Form.of("srs", Map.of("total", new BigDecimal("35.9")))).orElseThrow();
        assertTrue(srs.allianceAlert());
        assertEquals(Optional.empty(), srs.clinical());
        SessionResult ycors = scorer.assessForm(Form.of("ycors", Map.of("rating", 2))).orElseThrow();
        assertEquals(Optional.empty(), ycors.cutoffValue());
        assertTrue(ycors.cutoff().isPresent(), "the rule saying there is none, with its source");
        assertFalse(scorer.assessForm(Form.of("sdq-p-4-17-baseline", Map.of())).isPresent());
    }

    @Test
    void theYoungChildRatingIsAnsweredButNotFollowedForChange() {
        SeriesResult result = score(total(1, 1, "ycors", 0), new SessionForm(1, 1, Optional.empty(),
                Form.of("ycors", Map.of("rating", 2))), new SessionForm(2, 2, Optional.empty(),
                Form.of("ycors", Map.of("rating", 4))));
        // "total" is not a question of the YCORS: that row is invalid, the others are followed without a total
        assertEquals(SeriesProblemKind.FORM_INVALID, result.problems().get(0).kind());
        OutcomeSummary outcome = result.tracks().get(0).outcome().orElseThrow();
        assertEquals(2, outcome.forms());
        assertEquals(Optional.empty(), outcome.change());
    }
}
