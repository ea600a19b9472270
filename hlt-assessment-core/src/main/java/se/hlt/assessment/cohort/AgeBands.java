package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.hlt.assessment.data.DataFiles;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;

/**
 * Age bands as data: a list of non-overlapping ranges of whole years, used to derive an age-band column from
 * each child's age. An age in no band, or no age at all, gets an explicit column value of its own
 * ({@value #OUTSIDE}, {@value #UNKNOWN}) rather than an empty cell, so that a table shows those children too.
 *
 * @param bands the bands, in ascending order of age, not overlapping
 */
public record AgeBands(List<AgeBand> bands) {

    /** The column value of an age that falls in no band. */
    public static final String OUTSIDE = "outside";
    /** The column value of a child whose age is not given. */
    public static final String UNKNOWN = "unknown";

    /** The shipped HLT age bands, in the norms module with their source. */
    static final String HLT_FILE = "/hlt/age-bands/hlt.json";

    /** Checks that there is a band and the bands ascend without overlapping or sharing an id. */
    public AgeBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no age bands");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!ids.add(bands.get(i).id())) {
                throw new IllegalArgumentException("two age bands with id " + bands.get(i).id());
            }
            if (i > 0 && bands.get(i).min() <= bands.get(i - 1).max()) {
                throw new IllegalArgumentException("age band " + bands.get(i).id() + " overlaps or precedes "
                        + bands.get(i - 1).id());
            }
        }
    }

    /**
     * The HLT age bands, read once from their data file ({@code hlt/age-bands/hlt.json} in the norms module, with
     * its source): 0&ndash;5, 6&ndash;12 and 13&ndash;16 years (preschool / compulsory school split), as the
     * county follow-up reports break down their figures (Region Västerbotten, "Hälsa Lärande Trygghet i
     * Västerbotten, Årsuppföljning 2021"; {@code hlt-context.md}).
     *
     * @throws IllegalStateException if the shipped file is broken (the test suite guards against it)
     */
    public static AgeBands hlt() {
        return Shipped.HLT;
    }

    /** Age bands from a list of bands. */
    public static AgeBands of(List<AgeBand> bands) {
        return new AgeBands(bands);
    }

    /** The band of a child of {@code age} whole years; empty when the age falls in no band. */
    public Optional<AgeBand> bandOf(int age) {
        return bands.stream().filter(b -> b.contains(age)).findFirst();
    }

    /**
     * The derived column's value for a child: the band's id, {@value #OUTSIDE} when the age falls in no band,
     * or {@value #UNKNOWN} when no age is given.
     */
    public String columnValue(OptionalInt age) {
        if (age.isEmpty()) {
            return UNKNOWN;
        }
        return bandOf(age.getAsInt()).map(AgeBand::id).orElse(OUTSIDE);
    }

    /** The name of a column value in English and Swedish, including {@value #OUTSIDE} and {@value #UNKNOWN}. */
    public Optional<Label> labelOf(String columnValue) {
        if (columnValue.equals(OUTSIDE)) {
            String span = bands.get(0).min() + "–" + bands.get(bands.size() - 1).max();
            return Optional.of(Label.of("outside the age bands (" + span + " years)",
                    "utanför åldersgrupperna (" + span + " år)"));
        }
        if (columnValue.equals(UNKNOWN)) {
            return Optional.of(Label.of("age not given", "ålder saknas"));
        }
        return bands.stream().filter(b -> b.id().equals(columnValue)).map(AgeBand::label).findFirst();
    }

    /** Every column value a table can have: each band's id, then {@value #OUTSIDE} and {@value #UNKNOWN}. */
    public List<String> columnValues() {
        List<String> values = new ArrayList<>();
        bands.forEach(b -> values.add(b.id()));
        values.add(OUTSIDE);
        values.add(UNKNOWN);
        return values;
    }

    /**
     * An age-bands data file ({@code age-bands.schema.json}): its id, title, the bands as ranges of years, and the
     * source that uses them.
     */
    record File(String id, Label title, List<Range> bands, Source source) {

        /** One band's ages, in whole years. */
        record Range(int min, int max) {
        }

        /** The bands, each named by its ages (e.g. {@code 6-12}). */
        AgeBands ageBands() {
            return new AgeBands(bands.stream().map(r -> AgeBand.of(r.min(), r.max())).toList());
        }

        /** What is wrong with the bands (out of order, overlapping), if anything. */
        List<String> problems() {
            try {
                ageBands();
                return List.of();
            } catch (IllegalArgumentException e) {
                return List.of(e.getMessage());
            }
        }
    }

    /** Loads the shipped bands once, on first use. */
    private static final class Shipped {
        static final AgeBands HLT = DataFiles.readShipped(DataFiles.resourceText(HLT_FILE), HLT_FILE, File.class,
                File::problems).orElseThrow().ageBands();
    }
}
