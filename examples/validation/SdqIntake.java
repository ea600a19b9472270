import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.validation.AssessmentForm;
import se.hlt.assessment.validation.NoPersonalIdentityNumber;
import se.hlt.assessment.validation.ValidForm;

/**
 * A case system's own request object for an SDQ, as a controller binds it: the answers as ticked (null for an
 * unanswered question), a pseudonym and the age. No adapter: it implements AssessmentForm and carries the
 * constraints, and the framework's @Valid runs the library's checks.
 */
@ValidForm
public record SdqIntake(String instrument, Map<String, Integer> answers,
                        @NoPersonalIdentityNumber String pseudonym, Integer age) implements AssessmentForm {

    @Override
    public Optional<String> clientId() {
        return Optional.ofNullable(pseudonym);
    }

    @Override
    public OptionalInt childAge() {
        return age == null ? OptionalInt.empty() : OptionalInt.of(age);
    }
}
