package se.hlt.assessment.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value read from outside, or the list of everything wrong with the input that was meant to give it.
 *
 * <p>Exactly one of the two is present: a value and no problems, or problems and no value.
 *
 * @param <T> the type of the value
 * @param value the value, when the input was good
 * @param problems what is wrong with the input, each naming the place (file, field) and the reason
 */
public record Checked<T>(Optional<T> value, List<String> problems) {

    /** Checks that exactly one of value and problems is present. */
    public Checked {
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a Checked has either a value or problems");
        }
    }

    /** A good value. */
    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Optional.of(Objects.requireNonNull(value)), List.of());
    }

    /** Input that could not give a value, for the reasons listed (at least one). */
    public static <T> Checked<T> failed(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one problem");
        }
        return new Checked<>(Optional.empty(), problems);
    }

    /** Whether the input gave a value. */
    public boolean isOk() {
        return value.isPresent();
    }

    /**
     * The value, for input that must be good (such as the built-in data files).
     *
     * @throws IllegalStateException listing the problems, if there is no value
     */
    public T orElseThrow() {
        return value.orElseThrow(() -> new IllegalStateException(String.join("\n", problems)));
    }
}
