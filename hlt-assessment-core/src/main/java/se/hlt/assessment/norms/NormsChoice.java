package se.hlt.assessment.norms;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which national or local norms tables a user wants results compared with (the {@code --norms} option): every
 * table that fits (the default), the tables of some countries, or named tables.
 *
 * <p>The instrument's own banding schemes (the SDQ's {@code band3} and {@code band4}) are always reported; this
 * choice is about the further comparisons: z-scores against means and SDs, and bands from national cut-offs.
 */
public final class NormsChoice {

    private static final NormsChoice ALL = new NormsChoice("every table that fits", t -> true);

    private final String description;
    private final Predicate<NormTable> accepts;

    private NormsChoice(String description, Predicate<NormTable> accepts) {
        this.description = description;
        this.accepts = accepts;
    }

    /** Every table that fits the child (the default). */
    public static NormsChoice all() {
        return ALL;
    }

    /**
     * The tables of these countries, by ISO 3166-1 alpha-2 code; {@code uk} is accepted for {@code GB}.
     */
    public static NormsChoice countries(Set<String> countries) {
        Set<String> codes = countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT))
                .map(c -> c.equals("UK") ? "GB" : c).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new NormsChoice("tables from " + String.join(", ", new java.util.TreeSet<>(codes)),
                t -> codes.contains(t.country()));
    }

    /** Only the tables with these ids. */
    public static NormsChoice tables(Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        return new NormsChoice("the tables " + String.join(", ", new java.util.TreeSet<>(copy)),
                t -> copy.contains(t.id()));
    }

    /** Whether the user wants results compared with {@code table}. */
    public boolean accepts(NormTable table) {
        return accepts.test(table);
    }

    @Override
    public String toString() {
        return description;
    }
}
