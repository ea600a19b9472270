package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * How a run over CSV files ended: {@link Done} with what it did, or {@link Refused} with why an input as a whole
 * could not be used. A refused run writes nothing and leaves files already there as they were.
 *
 * <p>The one outcome type of the CSV adapter: {@link SdqCsvBatch} gives an {@code Outcome<BatchSummary>},
 * {@link SdqPairsCsv} an {@code Outcome<CompareSummary>}, {@link CohortCsv} an {@code Outcome<CohortSummary>} and
 * {@link SessionsCsvBatch} an {@code Outcome<SessionsSummary>}. Inside the package the steps of a run (reading a
 * header, opening a file) return one too, so that a refusal travels as a value rather than as an exception.
 *
 * @param <S> what a completed run gives
 */
public sealed interface Outcome<S> permits Outcome.Done, Outcome.Refused {

    /** The run's result, when it completed; else empty. */
    Optional<S> summary();

    /** Why an input was refused, when one was; else empty. */
    Optional<Refusal> refusal();

    /** A completed run. */
    static <S> Outcome<S> done(S value) {
        return new Done<>(value);
    }

    /** A refusal that names no one file (or whose file the caller names later, with {@link #about(String)}). */
    static <S> Outcome<S> refused(Refusal reason) {
        return new Refused<>(Optional.empty(), reason);
    }

    /** A refusal of {@code kind} with these arguments, naming no file. */
    static <S> Outcome<S> refused(RefusalKind kind, Object... arguments) {
        return refused(Refusal.of(kind, arguments));
    }

    /**
     * This outcome, with a refusal naming {@code file}; a completed one is returned as it is.
     *
     * @param file the file refused: its role in the run or its name, as the producer documents
     */
    Outcome<S> about(String file);

    /** This outcome with {@code change} applied to what a completed run gives; a refusal as it is. */
    default Outcome<S> map(java.util.function.UnaryOperator<S> change) {
        return summary().<Outcome<S>>map(s -> done(change.apply(s))).orElse(this);
    }

    /**
     * The run completed.
     *
     * @param value what it gives (the counts, or the reports)
     * @param <S> its type
     */
    record Done<S>(S value) implements Outcome<S> {

        /** Checks the value. */
        public Done {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<S> summary() {
            return Optional.of(value);
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.empty();
        }

        @Override
        public Outcome<S> about(String file) {
            return this;
        }
    }

    /**
     * An input was refused; nothing was written.
     *
     * @param file the file refused, as the producer names it (for {@link SdqPairsCsv} its role: {@code baseline},
     *     {@code followup}, {@code input}, {@code ors-series}; for {@link CohortCsv} its name); empty when the
     *     refusal is about no one file (a batch of one file, or two files that are the same)
     * @param reason why
     * @param <S> what the run would have given
     */
    record Refused<S>(Optional<String> file, Refusal reason) implements Outcome<S> {

        /** Checks both parts. */
        public Refused {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<S> summary() {
            return Optional.empty();
        }

        @Override
        public Optional<Refusal> refusal() {
            return Optional.of(reason);
        }

        @Override
        public Outcome<S> about(String file) {
            return new Refused<>(Optional.of(file), reason);
        }
    }
}
