package se.hlt.assessment.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One hostile or careless input of {@link HostileInputsTest}: the command line to run, what it types, the folder
 * its files live in, and what the checks must know (the personal numbers and formulas planted, the input whose
 * lines a batch summary must account for, the exit codes the case may end with).
 *
 * @param kind      the family of the case (the command and the shape of the input), for the tally
 * @param name      what was done to the input, for a failure's message
 * @param dir       the case's own folder; every file in it that is not an input is an output to check
 * @param args      the command line
 * @param stdin     what is typed, for {@code hlt enter}; empty to run without standard input
 * @param inputs    the files the case wrote before the run (not checked as outputs)
 * @param pins      the ten digits of each personal identity number planted: none may appear in any output
 * @param formulas  formula-like texts planted: none may appear unguarded in a CSV output
 * @param linesOf   the input whose physical lines the summary's {@code lines read} must count
 * @param exits     the exit codes this case may end with
 * @param before    what starts just before the run (a thread that feeds or drains a pipe)
 * @param after     checks of the case's own, each a failure's description or empty
 */
record HostileCase(String kind, String name, Path dir, List<String> args, Optional<byte[]> stdin,
                   Set<Path> inputs, List<String> pins, List<String> formulas, Optional<Path> linesOf,
                   Set<Integer> exits, List<Runnable> before, List<Supplier<Optional<String>>> after) {

    /** Exit codes any case may end with: scored, some rows not scored, refused. */
    static final Set<Integer> ANY = Set.of(0, 1, 3);

    boolean keepsFormulas() {
        return args.contains("--keep-formulas");
    }

    /** A builder, so that each generator says only what its case needs. */
    static final class Builder {
        private final String kind;
        private final String name;
        private final Path dir;
        private final List<String> args = new ArrayList<>();
        private Optional<byte[]> stdin = Optional.empty();
        private final List<Path> inputs = new ArrayList<>();
        private final List<String> pins = new ArrayList<>();
        private final List<String> formulas = new ArrayList<>();
        private Optional<Path> linesOf = Optional.empty();
        private Set<Integer> exits = ANY;
        private final List<Runnable> before = new ArrayList<>();
        private final List<Supplier<Optional<String>>> after = new ArrayList<>();

        Builder(String kind, String name, Path dir) {
            this.kind = kind;
            this.name = name;
            this.dir = dir;
        }

        Builder args(String... more) {
            args.addAll(List.of(more));
            return this;
        }

        Builder stdin(byte[] typed) {
            stdin = Optional.of(typed);
            return this;
        }

        Builder input(Path file) {
            inputs.add(file.toAbsolutePath().normalize());
            return this;
        }

        Builder pins(List<String> planted) {
            pins.addAll(planted);
            return this;
        }

        Builder formulas(List<String> planted) {
            formulas.addAll(planted);
            return this;
        }

        Builder linesOf(Path file) {
            linesOf = Optional.of(file);
            return this;
        }

        Builder exits(Integer... codes) {
            exits = Set.of(codes);
            return this;
        }

        Builder before(Runnable start) {
            before.add(start);
            return this;
        }

        Builder after(Supplier<Optional<String>> check) {
            after.add(check);
            return this;
        }

        HostileCase build() {
            return new HostileCase(kind, name, dir, List.copyOf(args), stdin, Set.copyOf(inputs), List.copyOf(pins),
                    List.copyOf(formulas), linesOf, exits,
                    List.copyOf(before), List.copyOf(after));
        }
    }
}
