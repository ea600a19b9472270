package se.hlt.assessment.cli.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.TableRef;

/**
 * Whether one child's change between a baseline and a follow-up form is more than measurement error, and the
 * SDQ Added Value Score: what the report shows beside the plain change in points.
 *
 * <p>The statistics come from the comparison package ({@code se.hlt.assessment.comparison}) through
 * {@link ComparisonJudgement}. Where none can be given (no norms table with an SD and a reliability for the
 * informant, or {@link #notAvailable()}), the report shows the change in points with a plain warning that small
 * changes can be chance.
 */
public interface ChangeJudgement {

    /**
     * The reliable-change verdict on one score.
     *
     * @param status {@code improved}, {@code no_reliable_change} or {@code deteriorated}
     * @param basis the norms tables the SD and the reliability come from, for the sources
     */
    record Verdict(String status, List<TableRef> basis) {

        /** Checks both parts. */
        public Verdict {
            Objects.requireNonNull(status, "status");
            basis = List.copyOf(basis);
        }
    }

    /**
     * One child's Added Value Score, to be shown with its caveat wherever it is shown.
     *
     * @param value the AVS, e.g. 3.3 (positive: more improvement than predicted)
     * @param caveat the sentence that must stand beside it (one child's AVS is imprecise), in English and Swedish
     * @param notes anything else to say beside it, such as an age outside the model's sample
     * @param model the model, with its citation
     */
    record AddedValue(BigDecimal value, Label caveat, List<Label> notes, TableRef model) {

        /** Checks every part. */
        public AddedValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(caveat, "caveat");
            Objects.requireNonNull(model, "model");
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The verdict on {@code score} between the two forms, if one can be given. */
    Optional<Verdict> reliableChange(String score, FormResult first, FormResult followUp);

    /** The Added Value Score of the pair, if it applies (parent forms, in the model's ages). */
    Optional<AddedValue> addedValue(FormResult first, FormResult followUp);

    /** No verdicts and no AVS: the report then shows the change in points only. */
    public static ChangeJudgement notAvailable() {
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
