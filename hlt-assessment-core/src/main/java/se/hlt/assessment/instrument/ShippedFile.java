package se.hlt.assessment.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One definition of a catalog: given at once (a user's file, already read), or a file shipped in the library that is
 * read and bound the first time it is asked for. Binding a definition costs milliseconds at start-up (Jackson,
 * before the JIT has compiled it), so a command that needs one of sixteen binds one. Thread-safe: a file is bound
 * at most once, and every thread sees the same value.
 *
 * @param <T> the record the file binds to
 */
final class ShippedFile<T> {

    /** Reads the file; called at most once. */
    private final Supplier<T> reader;
    private volatile T value;

    private ShippedFile(Supplier<T> reader, T value) {
        this.reader = reader;
        this.value = value;
    }

    /** A value already read. */
    static <T> ShippedFile<T> of(T value) {
        return new ShippedFile<>(() -> value, value);
    }

    /**
     * Every file of {@code files} (names below {@code folder}, as its {@code index.json} lists them), in order, by
     * its name without {@code .json}, none read yet. Each must bind to a value whose {@code key} is that name, so
     * that a file can be found by key without reading the others.
     *
     * @param read reads a file given its class-path location; called at most once per file
     * @throws IllegalStateException on first use of a file that is missing, broken or misnamed (a packaging
     *     mistake; the test suite reads every shipped file)
     */
    static <T> Map<String, ShippedFile<T>> byName(String folder, List<String> files, Function<String, T> read,
                                                  Function<T, String> key) {
        Map<String, ShippedFile<T>> byName = new LinkedHashMap<>();
        for (String file : files) {
            String resource = folder + file;
            String name = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
            byName.put(name, new ShippedFile<>(() -> {
                T value = read.apply(resource);
                if (!key.apply(value).equals(name)) {
                    throw new IllegalStateException(resource + ": its id is " + key.apply(value)
                            + ", not its file's name");
                }
                return value;
            }, null));
        }
        return byName;
    }

    /** The value, read now if this is the first time it is asked for. */
    T value() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = reader.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
