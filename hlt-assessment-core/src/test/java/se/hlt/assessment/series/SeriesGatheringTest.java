package se.hlt.assessment.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.hlt.assessment.scoring.Form;
import se.hlt.assessment.scoring.FormContext;

/** Forms from several files gathered into one series per client and episode, as hlt score and hlt report read them. */
class SeriesGatheringTest {

    /** A one-session series of {@code client}, as hlt enter ors saves it. */
    private static Series oneSession(String client, Optional<String> episode, int session, int tenths) {
        return new Series(client, episode, List.of(Sessions.total(1, session, "ors", tenths)));
    }

    private static Form lone(String client, String instrument, int tenths) {
        return Form.of(instrument, Map.of("total", BigDecimal.valueOf(tenths, 1)))
                .withContext(FormContext.none().withId(client).withAge(14));
    }

    @Test
    void oneSessionFilesOfAClientMakeOneSeriesWithChangeSinceIntake() {
        SeriesGathering g = SeriesGathering.empty();
        g.add(oneSession("k-1", Optional.empty(), 1, 180));
        g.add(oneSession("k-2", Optional.empty(), 1, 250));
        g.add(oneSession("k-1", Optional.empty(), 2, 200));
        g.add(oneSession("k-1", Optional.empty(), 4, 260));
        List<Series> series = g.series();
        assertEquals(List.of("k-1", "k-2"), series.stream().map(Series::client).toList(), "in order first met");
        assertEquals(List.of(1, 2, 4), series.get(0).forms().stream().map(SessionForm::session).toList());
        assertEquals(List.of(1L, 2L, 3L), series.get(0).forms().stream().map(SessionForm::row).toList());
        SeriesResult scored = SeriesScorer.builtIn().score(series.get(0));
        SessionResult fourth = scored.tracks().get(0).sessions().get(2);
        assertEquals(4, fourth.session());
        assertEquals(Optional.of(new BigDecimal("8.0")), fourth.changeSinceIntake(), "26.0 - 18.0 since intake");
    }

    @Test
    void episodesAreSeriesOfTheirOwn() {
        SeriesGathering g = SeriesGathering.empty();
        g.add(oneSession("k-1", Optional.of("2026-1"), 1, 180));
        g.add(oneSession("k-1", Optional.of("2026-2"), 1, 200));
        g.add(oneSession("k-1", Optional.empty(), 1, 220));
        assertEquals(3, g.series().size());
        assertEquals(List.of(Optional.of("2026-1"), Optional.of("2026-2"), Optional.empty()),
                g.series().stream().map(Series::episode).toList());
    }

    @Test
    void aFormWithoutASessionNumberIsTheNextSessionOfItsInstrumentAndOneWithoutAClientIsLeftOut() {
        SeriesGathering g = SeriesGathering.empty();
        g.add(oneSession("k-1", Optional.empty(), 3, 180));
        assertEquals(OptionalInt.of(4), g.addNext(lone("k-1", "ors", 200)));
        assertEquals(OptionalInt.of(1), g.addNext(lone("k-1", "srs", 380)), "the SRS has no session yet");
        assertEquals(OptionalInt.of(5), g.addNext(lone("k-1", "ors", 220)));
        Form noClient = Form.of("ors", Map.of("total", BigDecimal.valueOf(200, 1)))
                .withContext(FormContext.none().withAge(14));
        assertEquals(OptionalInt.empty(), g.addNext(noClient));
        assertEquals(1, g.series().size());
        assertEquals(4, g.series().get(0).forms().size(), "the form without a client is not added");
    }

    @Test
    void nothingGatheredIsNoSeries() {
        assertEquals(List.of(), SeriesGathering.empty().series());
    }
}
