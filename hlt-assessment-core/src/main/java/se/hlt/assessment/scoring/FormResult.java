package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Timepoint;

/**
 * The scored form: every score with how it was reached, the bands, the reported answers, and whatever was
 * wrong or worth a warning. Immutable.
 *
 * <p>A form with {@linkplain #problems() problems} has status {@link Status#INVALID} and no scores: nothing is
 * scored from a form with an answer that is not a valid code.
 *
 * @param instrument the instrument version's id
 * @param informant who filled in the form: the rater its context names, or else its version's informant (empty
 *     only when the instrument is unknown)
 * @param timepoint baseline or follow-up (empty only when the instrument is unknown)
 * @param context the child's pseudonymous id, age and sex, as given
 * @param status how completely the form could be scored
 * @param scores every score of the version, in definition order (empty when invalid)
 * @param bandSchemes the banding schemes reported, each naming its table or saying that none applies
 * @param norms the comparisons with each chosen norms table that fits the child (z-scores, national cut-offs);
 *     empty when none fits, and then no z-score is given rather than one from a table that does not fit
 * @param reported the questions reported but not scored
 * @param problems why the form could not be scored (empty when it could)
 * @param warnings notes that do not change a score
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record FormResult(String instrument, Optional<Informant> informant, Optional<Timepoint> timepoint,
                         FormContext context,
                         Status status, List<Score> scores, List<BandScheme> bandSchemes,
                         List<NormComparison> norms, List<ReportedAnswer> reported, List<Problem> problems,
                         List<Warning> warnings) {

    /** Checks the required parts and copies every list. */
    public FormResult {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(status, "status");
        informant = informant == null ? Optional.empty() : informant;
        timepoint = timepoint == null ? Optional.empty() : timepoint;
        scores = FrozenList.copyOf(scores); // the engine's own lists are kept, any other is copied
        bandSchemes = List.copyOf(bandSchemes);
        norms = norms == null ? List.of() : FrozenList.copyOf(norms);
        reported = FrozenList.copyOf(reported);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** The score called {@code name} (e.g. {@code ebdtot}), if the version has it and the form was valid. */
    public Optional<Score> score(String name) {
        for (Score s : scores) { // a loop, not a stream: a batch asks this several times per row
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The value of the score called {@code name}, or empty when it is missing or does not exist. */
    public OptionalInt value(String name) {
        return score(name).map(Score::value).orElse(OptionalInt.empty());
    }

    /**
     * The score called {@code name} as a number with its decimals (an ORS total of 18.3; an SDQ score of 12), or
     * empty when it is missing or does not exist.
     */
    public Optional<java.math.BigDecimal> decimal(String name) {
        return score(name).flatMap(Score::decimal);
    }

    /** Whether the form could be scored (it had no problems). */
    @JsonIgnore
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The names of the scales whose score was prorated. */
    @JsonIgnore
    public List<String> proratedScales() {
        return scores.stream().filter(Score::prorated).map(Score::name).toList();
    }

    /** The answer to a reported question, if the version reports it. */
    public Optional<ReportedAnswer> reported(String question) {
        return reported.stream().filter(r -> r.question().equals(question)).findFirst();
    }
}
