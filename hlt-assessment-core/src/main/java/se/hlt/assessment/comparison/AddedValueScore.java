package se.hlt.assessment.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.TableRef;

/**
 * One child's Added Value Score: how much more the child improved than a model predicts without intervention.
 * Positive is better than predicted.
 *
 * <p>One child's AVS is imprecise (its 95% interval is about &plusmn;{@code individualInterval95} points); every
 * AVS carries the {@linkplain #caveat() caveat} to show beside it. It is meant for services and cohorts (see
 * {@code se.hlt.assessment.cohort.AddedValueSummary}), not for judging one child.
 *
 * @param model the model used, with its citation and confidence tag
 * @param predicted the follow-up score the model predicts from the baseline
 * @param observed the follow-up score observed
 * @param value the AVS: predicted &minus; observed, exact decimal
 * @param effectSize the AVS divided by the model's effect-size divisor (5 for Ford et al. 2009)
 * @param individualInterval95 half the width, in points, of the 95% interval of one child's AVS
 * @param caveat the sentence to show wherever this AVS is shown, in English and Swedish
 * @param notes anything else a reader should know, e.g. that the child's age is outside the model's sample
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddedValueScore(TableRef model, BigDecimal predicted, int observed, BigDecimal value,
                              BigDecimal effectSize, BigDecimal individualInterval95, Label caveat,
                              List<Label> notes) {

    /** Checks the required parts and copies the notes. */
    public AddedValueScore {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectSize, "effectSize");
        Objects.requireNonNull(individualInterval95, "individualInterval95");
        Objects.requireNonNull(caveat, "caveat");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** This score with one more note. */
    public AddedValueScore withNote(Label note) {
        List<Label> more = new ArrayList<>(notes);
        more.add(note);
        return new AddedValueScore(model, predicted, observed, value, effectSize, individualInterval95, caveat, more);
    }
}
