package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * A value, or the reason the input was refused: what the batch's preparatory steps return, so that a refusal
 * travels as a value rather than as an exception.
 *
 * @param value the value, when the input was acceptable
 * @param refusal why it was not
 * @param <T> the type of the value
 */
record Refusable<T>(Optional<T> value, Optional<Refusal> refusal) {

    Refusable {
        if (value.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("a Refusable has either a value or a refusal");
        }
    }

    static <T> Refusable<T> ok(T value) {
        return new Refusable<>(Optional.of(Objects.requireNonNull(value)), Optional.empty());
    }

    static <T> Refusable<T> refused(Refusal refusal) {
        return new Refusable<>(Optional.empty(), Optional.of(refusal));
    }

    static <T> Refusable<T> refused(RefusalKind kind, Object... arguments) {
        return refused(Refusal.of(kind, arguments));
    }
}
