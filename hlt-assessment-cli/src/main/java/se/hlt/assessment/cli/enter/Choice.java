package se.hlt.assessment.cli.enter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A question with a few fixed answers, such as the informant: the person types the number shown, the code or
 * the name, or just Enter for the default.
 *
 * @param <T> the kind of answer
 * @param options the answers, in the order shown
 * @param code an answer's code, e.g. {@code parent}
 * @param name an answer's name in the chosen language, e.g. {@code vårdnadshavare}
 * @param defaultOption the answer an empty line means
 * @param also other words a person may type for an answer, e.g. {@code förälder} for {@code vårdnadshavare}
 */
record Choice<T>(List<T> options, Function<T, String> code, Function<T, String> name, T defaultOption,
                 Function<T, List<String>> also) {

    /** A choice whose answers have no other words. */
    Choice(List<T> options, Function<T, String> code, Function<T, String> name, T defaultOption) {
        this(options, code, name, defaultOption, option -> List.of());
    }

    /** The options as shown after a prompt: {@code [1 parent, 2 teacher, 3 self-report]}. */
    String shown() {
        return IntStream.range(0, options.size()).mapToObj(i -> (i + 1) + " " + name.apply(options.get(i)))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The answer {@code typed} stands for: empty text is the default; empty when it is none of the options. */
    Optional<T> read(String typed) {
        if (typed.isEmpty()) {
            return Optional.of(defaultOption);
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < options.size(); i++) {
            T option = options.get(i);
            if (t.equals(String.valueOf(i + 1)) || t.equals(code.apply(option).toLowerCase(Locale.ROOT))
                    || t.equals(name.apply(option).toLowerCase(Locale.ROOT))
                    || also.apply(option).stream().anyMatch(w -> t.equals(w.strip().toLowerCase(Locale.ROOT)))) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
