package se.hlt.assessment.validation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A case system's session request: the marks as typed in a form field ({@code "6,5"}). */
@ValidSession
record OrsSessionRequest(String instrument, Map<String, String> answers, String client, LocalDate date)
        implements AssessmentForm {

    @Override
    public Optional<String> clientId() {
        return Optional.ofNullable(client);
    }

    @Override
    public Optional<LocalDate> formDate() {
        return Optional.ofNullable(date);
    }
}
