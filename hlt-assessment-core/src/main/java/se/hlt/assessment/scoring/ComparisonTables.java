package se.hlt.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.norms.BandRange;
import se.hlt.assessment.norms.MeanSd;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.norms.NormsChoice;

/**
 * The norms tables a form of one instrument version may be compared with, compiled once; per form, the ones that
 * fit the child are chosen and the z-scores and cut-off bands computed.
 *
 * <p>A table fits when its age range contains the child's age, or, when the age is not given, when it covers
 * every age of the version (otherwise it might not fit, and no table is borrowed); and when it is for both sexes
 * or for the child's sex, which must then be given.
 */
final class ComparisonTables {

    private final List<Candidate> candidates;
    private final AgeRange versionAges;

    private ComparisonTables(List<Candidate> candidates, AgeRange versionAges) {
        this.candidates = candidates;
        this.versionAges = versionAges;
    }

    /**
     * The tables of {@code norms} chosen by {@code choice} that describe this version and informant and hold
     * means/SDs or cut-offs other than the version's own banding schemes.
     */
    static ComparisonTables of(InstrumentDefinition d, int[] maxima, NormsCatalog norms, NormsChoice choice) {
        List<String> scoreNames = d.scoreNames();
        List<Direction> directions = scoreNames.stream().map(n -> d.direction(n).orElseThrow()).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (NormTable t : norms.all()) {
            boolean ownBands = t.bands().map(b -> d.bandSchemes().contains(b.scheme())).orElse(false);
            boolean compares = !t.meanSd().isEmpty() || (t.bands().isPresent() && !ownBands);
            if (t.appliesTo(d.family(), d.version(), d.informant()) && compares && choice.accepts(t)) {
                candidates.add(Candidate.of(t, scoreNames, directions, maxima));
            }
        }
        return new ComparisonTables(List.copyOf(candidates), d.ages());
    }

    /** The tables this version may be compared with, whether or not they fit a given child. */
    List<TableRef> tables() {
        return candidates.stream().map(c -> c.ref).toList();
    }

    /** The comparisons of a form's scores ({@code null} where missing) with each table that fits the child. */
    List<NormComparison> compare(Score[] scores, FormContext context) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // most children fit one table or two: their lists are made without an array
        int fitting = 0;
        Candidate first = null;
        Candidate second = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.fits(context, versionAges)) {
                fitting++;
                first = first == null ? c : first;
                second = fitting == 2 ? c : second;
            }
        }
        if (fitting <= 2) {
            return fitting == 0 ? List.of() : fitting == 1 ? List.of(first.compare(scores))
                    : List.of(first.compare(scores), second.compare(scores));
        }
        NormComparison[] out = new NormComparison[fitting];
        int n = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.fits(context, versionAges)) {
                out[n++] = c.compare(scores);
            }
        }
        return FrozenList.over(out);
    }

    /** One table, with its numbers indexed like the instrument's scores. */
    private static final class Candidate {
        final NormTable table;
        final TableRef ref;
        final double[] mean;
        final double[] sd;
        final List<BandRange>[] bands;
        final Direction[] directions;
        final String[] names;
        final Optional<String> scheme;
        /** Per score and value, its comparison; null for a score the table does not cover. */
        final NormScore[][] byValue;
        /** The table's ages and sex, read once: every form asks whether the table fits its child. */
        final int minAge;
        final int maxAge;
        /** The sex the table is for, or null for a table of both. */
        final Sex sex;

        @SuppressWarnings("unchecked")
        private Candidate(NormTable table, List<String> scoreNames, List<Direction> directions, int[] maxima) {
            this.table = table;
            this.ref = new TableRef(table.id(), table.title(), table.source());
            minAge = table.ages().min();
            maxAge = table.ages().max();
            sex = "all".equals(table.sex()) ? null : Sex.parse(table.sex());
            int n = scoreNames.size();
            if (n > Long.SIZE) { // compare() keeps the scores found as the bits of a long
                throw new IllegalArgumentException("an instrument with more than " + Long.SIZE + " scores: " + n);
            }
            names = scoreNames.toArray(String[]::new);
            this.directions = directions.toArray(Direction[]::new);
            mean = new double[n];
            sd = new double[n];
            Arrays.fill(sd, Double.NaN);
            bands = new List[n];
            for (int s = 0; s < n; s++) {
                MeanSd m = table.meanSd().get(names[s]);
                if (m != null) {
                    mean[s] = m.mean();
                    sd[s] = m.sd();
                }
                final int score = s;
                table.bands().ifPresent(b -> bands[score] = b.scores().get(names[score]));
            }
            scheme = table.bands().map(b -> b.scheme());
            byValue = new NormScore[n][];
            for (int s = 0; s < n; s++) {
                if (!Double.isNaN(sd[s]) || bands[s] != null) {
                    byValue[s] = new NormScore[maxima[s] + 1];
                    for (int v = 0; v <= maxima[s]; v++) {
                        byValue[s][v] = normScore(s, v);
                    }
                }
            }
        }

        static Candidate of(NormTable table, List<String> scoreNames, List<Direction> directions, int[] maxima) {
            return new Candidate(table, scoreNames, directions, maxima);
        }

        boolean fits(FormContext context, AgeRange versionAges) {
            boolean ageFits;
            if (context.age().isPresent()) {
                int age = context.age().getAsInt();
                ageFits = age >= minAge && age <= maxAge;
            } else {
                ageFits = minAge <= versionAges.min() && maxAge >= versionAges.max();
            }
            return ageFits && (sex == null || context.sex().isPresent() && context.sex().get() == sex);
        }

        NormComparison compare(Score[] scores) {
            // which scores the table compares, as bits (an instrument has far fewer than 64 scores), then an array
            // of exactly their number, which the immutable list copies once
            long present = 0;
            int n = 0;
            for (int s = 0; s < names.length; s++) {
                Score score = scores[s];
                if (score != null && byValue[s] != null && score.value().isPresent()
                        && score.value().getAsInt() < byValue[s].length) {
                    present |= 1L << s;
                    n++;
                }
            }
            NormScore[] found = new NormScore[n];
            for (int k = 0; present != 0; k++, present &= present - 1) {
                int s = Long.numberOfTrailingZeros(present);
                found[k] = byValue[s][scores[s].value().getAsInt()];
            }
            return new NormComparison(ref, scheme, FrozenList.over(found));
        }

        /** The comparison of {@code value} of score {@code s}, made once per table so a row allocates none. */
        private NormScore normScore(int s, int value) {
            OptionalDouble z = Double.isNaN(sd[s]) ? OptionalDouble.empty()
                    : OptionalDouble.of(zRounded(value, mean[s], sd[s]));
            Optional<String> band = bands[s] == null ? Optional.empty()
                    : bands[s].stream().filter(r -> r.contains(value)).map(BandRange::band).findFirst();
            return new NormScore(names[s], z, directions[s], band);
        }

        /**
         * (value &minus; mean) / SD rounded half up to two decimals from the exact quotient of the table's decimals: in
         * binary floating point (4 &minus; 1.4) / 1.6 is just below 1.625 and would round down. Made once per table,
         * score and value, so exactness costs a run nothing.
         */
        private static double zRounded(int value, double mean, double sd) {
            return BigDecimal.valueOf(value).subtract(BigDecimal.valueOf(mean))
                    .divide(BigDecimal.valueOf(sd), 2, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
