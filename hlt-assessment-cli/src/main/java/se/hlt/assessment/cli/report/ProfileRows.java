package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cli.Messages;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.Score;

/**
 * The rows of the profile chart for a form or a pair: every score of the version, in definition order, with the
 * bands of the 3-band table the result names (the table's own ranges, looked up in the norms catalog).
 */
final class ProfileRows {

    /** The banding scheme the chart shades. */
    static final String SCHEME = "band3";

    private final Messages m;
    private final NormsCatalog norms;

    ProfileRows(Messages messages, NormsCatalog norms) {
        this.m = messages;
        this.norms = norms;
    }

    /** The rows of one form. */
    List<ChartRow> of(ScoredForm form) {
        List<ChartRow> rows = new ArrayList<>();
        for (Score s : charted(form.result())) {
            String note = s.value().isPresent()
                    ? s.value().getAsInt() + s.band(SCHEME).map(b -> "  " + band(b)).orElse("")
                    : m.get("report.not.scored");
            rows.add(row(form, s, OptionalInt.empty(), s.value(), note));
        }
        return rows;
    }

    /** The rows of a pair: the first score hollow, the follow-up's filled, on the follow-up's bands. */
    List<ChartRow> of(ScoredForm first, ScoredForm followUp) {
        List<ChartRow> rows = new ArrayList<>();
        for (Score s : charted(followUp.result())) {
            OptionalInt before = first.result().value(s.name());
            String note = shown(before) + "  \u2192  " + shown(s.value());
            rows.add(row(followUp, s, before, s.value(), note));
        }
        return rows;
    }

    /**
     * The scores the chart shows: those the 3-band table bands (a score without bands, such as externalising,
     * stays in the table under the chart); every score when no table applies, each on a plain track.
     */
    private List<Score> charted(FormResult result) {
        List<Score> banded = result.scores().stream().filter(s -> !bands(result, s.name()).isEmpty()).toList();
        return banded.isEmpty() ? result.scores() : banded;
    }

    /** The band names of the chart's legend, most typical first, from the first score the table bands. */
    List<String> legend(ScoredForm form) {
        return form.result().scores().stream().map(s -> bands(form.result(), s.name())).filter(b -> !b.isEmpty())
                .findFirst().map(b -> b.stream().map(r -> band(r.band())).toList()).orElse(List.of());
    }

    private ChartRow row(ScoredForm form, Score s, OptionalInt before, OptionalInt value, String note) {
        InstrumentDefinition d = form.definition();
        String label = d.scoreLabel(s.name()).map(l -> l.in(m.locale())).orElse(s.name());
        boolean strength = d.direction(s.name()).orElse(Direction.HIGHER_IS_WORSE) == Direction.HIGHER_IS_BETTER;
        return new ChartRow(label, strength, Math.max(1, s.max()), bands(form.result(), s.name()), before, value,
                note);
    }

    /** The ranges of {@code score} in the result's 3-band table, most typical first; empty where there are none. */
    List<BandRange> bands(FormResult result, String score) {
        Optional<NormTable> table = result.bandSchemes().stream().filter(b -> b.scheme().equals(SCHEME))
                .findFirst().flatMap(b -> b.table()).flatMap(t -> norms.find(t.id()));
        return table.flatMap(NormTable::bands).map(b -> b.scores().get(score)).orElse(List.of());
    }

    private String band(String band) {
        return m.getOrElse("band." + band, band.replace('_', ' '));
    }

    private static String shown(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "\u2013";
    }
}
