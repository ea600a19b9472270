package se.hlt.assessment.cli.report;

import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.FormResult;

/**
 * Whether one child's change between a baseline and a follow-up form is more than measurement error, and the
 * SDQ Added Value Score: what the report shows beside the plain change in points.
 *
 * <p><b>Extension point.</b> These statistics belong to the comparison package
 * ({@code se.hlt.assessment.comparison}: reliable change index, Added Value Score), which is being built on
 * another branch and is not on {@code main} yet. Until it is, the report uses {@link #notAvailable()} and shows
 * the change in points with a plain warning that small changes can be chance. When it lands, implement this
 * interface with its {@code ReliableChange} per score and its {@code AddedValueScore} for parent pairs, and pass
 * it to {@link SdqReport}: the report then shows a reliable-change column and the AVS with its caveat.
 */
public interface ChangeJudgement {

    /**
     * The reliable-change verdict on one score.
     *
     * @param status {@code improved}, {@code no_reliable_change} or {@code deteriorated}
     * @param basis where the SD and reliability come from, for the sources (a citation or table title)
     */
    record Verdict(String status, String basis) {

        /** Checks both parts. */
        public Verdict {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * One child's Added Value Score, to be shown with its caveat wherever it is shown.
     *
     * @param value the AVS as it should be printed, e.g. {@code 3.3}
     * @param caveat the sentence that must stand beside it (one child's AVS is imprecise), in English and Swedish
     * @param model the model's citation
     */
    record AddedValue(String value, Label caveat, String model) {

        /** Checks every part. */
        public AddedValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(caveat, "caveat");
            Objects.requireNonNull(model, "model");
        }
    }

    /** The verdict on {@code score} between the two forms, if one can be given. */
    Optional<Verdict> reliableChange(String score, FormResult first, FormResult followUp);

    /** The Added Value Score of the pair, if it applies (parent forms, in the model's ages). */
    Optional<AddedValue> addedValue(FormResult first, FormResult followUp);

    /** No verdicts and no AVS: what the report uses until the comparison package is on main. */
    static ChangeJudgement notAvailable() {
        return new ChangeJudgement() {
            @Override
            public Optional<Verdict> reliableChange(String score, FormResult first, FormResult followUp) {
                return Optional.empty();
            }

            @Override
            public Optional<AddedValue> addedValue(FormResult first, FormResult followUp) {
                return Optional.empty();
            }
        };
    }
}
