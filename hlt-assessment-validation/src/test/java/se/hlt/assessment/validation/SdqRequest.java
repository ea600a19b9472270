package se.hlt.assessment.validation;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A case system's own SDQ request object, as a controller binds it: boxed numbers, nulls for unanswered. */
@ValidForm
record SdqRequest(String instrument, Map<String, Integer> answers, @NoPersonalIdentityNumber String pseudonym,
                  Integer age, String sex) implements AssessmentForm {

    @Override
    public Optional<String> clientId() {
        return Optional.ofNullable(pseudonym);
    }

    @Override
    public OptionalInt childAge() {
        return age == null ? OptionalInt.empty() : OptionalInt.of(age);
    }

    @Override
    public Optional<String> childSex() {
        return Optional.ofNullable(sex);
    }
}
