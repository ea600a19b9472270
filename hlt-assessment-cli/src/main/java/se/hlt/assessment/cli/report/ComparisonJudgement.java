package se.hlt.assessment.cli.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.AddedValueScore;
import se.hlt.assessment.comparison.ReliableChange;
import se.hlt.assessment.comparison.ReliableChangeBasis;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.FormResult;

/**
 * The report's change statistics from the comparison package: the reliable change index of each score (Jacobson
 * &amp; Truax, with the SD and the reliability from norms tables of the same instrument version and informant)
 * and, for parent pairs, the Added Value Score of Ford et al. (2009) with its caveat.
 *
 * <p>The SD comes from the norms table the baseline was compared with (the one that fits the child's age and
 * sex) when it gives one, else from another table of the same version and informant; the reliability from a
 * table of that version and informant that gives one. Where either is missing, no verdict is given, and the
 * report says that small changes can be chance.
 */
public final class ComparisonJudgement implements ChangeJudgement {

    private final InstrumentCatalog instruments;
    private final NormsCatalog norms;
    private final AddedValueModel model;

    /** Judges with the SDs and reliabilities of {@code norms} and the shipped AVS model. */
    public ComparisonJudgement(InstrumentCatalog instruments, NormsCatalog norms) {
        this.instruments = instruments;
        this.norms = norms;
        this.model = AddedValueModel.ford2009();
    }

    @Override
    public Optional<Verdict> reliableChange(String score, FormResult first, FormResult followUp) {
        Optional<InstrumentDefinition> d = instruments.find(followUp.instrument());
        if (d.isEmpty() || first.value(score).isEmpty() || followUp.value(score).isEmpty()) {
            return Optional.empty();
        }
        Optional<NormTable> sd = sdTable(first, d.get(), score);
        Optional<NormTable> reliability = tablesFor(d.get())
                .filter(t -> t.reliability().map(r -> r.of(score).isPresent()).orElse(false)).findFirst();
        if (sd.isEmpty() || reliability.isEmpty()) {
            return Optional.empty();
        }
        Checked<ReliableChangeBasis> basis = ReliableChangeBasis.from(sd.get(), reliability.get(), score);
        if (!basis.isOk()) {
            return Optional.empty();
        }
        ReliableChangeBasis b = basis.orElseThrow();
        ReliableChange change = ReliableChange.of(b, d.get().direction(score).orElse(Direction.HIGHER_IS_WORSE),
                first.value(score).getAsInt(), followUp.value(score).getAsInt());
        return Optional.of(new Verdict(change.status().code(), List.of(b.sdTable(), b.reliabilityTable())));
    }

    /** The table the baseline was compared with, if it has an SD for the score; else any of the same kind. */
    private Optional<NormTable> sdTable(FormResult first, InstrumentDefinition d, String score) {
        Optional<NormTable> compared = first.norms().stream().map(c -> norms.find(c.table().id()))
                .flatMap(Optional::stream).filter(t -> t.meanSd().containsKey(score)).findFirst();
        return compared.or(() -> tablesFor(d).filter(t -> t.meanSd().containsKey(score))
                .min(Comparator.comparing(t -> t.sex().equals("all") ? 0 : 1)));
    }

    private java.util.stream.Stream<NormTable> tablesFor(InstrumentDefinition d) {
        List<NormTable> all = norms.all();
        return all.stream().filter(t -> t.appliesTo(d.family(), d.version(), d.informant()));
    }

    @Override
    public Optional<AddedValue> addedValue(FormResult first, FormResult followUp) {
        Checked<AddedValueScore> avs = model.score(first, followUp, instruments);
        return avs.value().map(a -> new AddedValue(a.value(), a.caveat(), a.notes(), a.model()));
    }
}
