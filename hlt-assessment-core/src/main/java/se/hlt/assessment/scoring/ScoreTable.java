package se.hlt.assessment.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.Bands;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;

/**
 * Every score of one instrument definition, compiled once: its name, kind, item count, highest value and
 * decimals, the band of each value in each banding scheme, and every {@link Score} a form can get, so that
 * scoring a form picks scores from a table instead of building them. Immutable.
 *
 * <p>Scores are indexed in result order: the scales, then the composites, then the impact score if there is one.
 */
final class ScoreTable {

    private final String[] names;
    private final ScoreKind[] kinds;
    private final int[] outOf;
    private final int[] max;
    private final int[] decimals;
    private final List<BandScheme> bandSchemes;
    private final List<Map<String, String>[]> bandsByScoreAndValue;
    /** {@code OptionalInt.of(v)} at {@code v}, shared by every score with that value. */
    private final OptionalInt[] values;
    /**
     * Every {@link Score} a form can get, built once so that scoring a form allocates none: score {@code k}'s
     * block starts at {@code start[k]}, then come its unprorated and its prorated scores, each by value + 1 (0 for
     * missing) and the number answered. About 1,500 small immutable objects (some 100 KB) per SDQ version, shared
     * by every result; they halve what scoring a form allocates. One flat array rather than four nested ones: a
     * score is then one read after some arithmetic, where the nested arrays took four reads, each waiting for the
     * one before (a seventh of the engine's time, bench/results/engine.json).
     */
    private final Score[] table;
    /** Where each score's block starts in {@link #table}. */
    private final int[] start;
    /** How far apart a score's unprorated and prorated halves are: (highest value + 2) x (items + 1). */
    private final int[] proratedOffset;

    private ScoreTable(InstrumentDefinition d, QuestionCodes questions, CompiledScales scales, ImpactGate impact,
                       NormsCatalog norms) {
        names = d.scoreNames().toArray(String[]::new);
        kinds = new ScoreKind[names.length];
        outOf = new int[names.length];
        max = new int[names.length];
        decimals = new int[names.length];
        int k = 0;
        for (int s = 0; s < scales.items.length; s++, k++) {
            int[] items = scales.items[s];
            kinds[k] = ScoreKind.SCALE;
            outOf[k] = items.length;
            max[k] = Arrays.stream(items).map(questions::maxCode).sum();
            // the definition check makes every item of a scale share its decimals
            decimals[k] = items.length == 0 ? 0 : questions.decimalsOf(items[0]);
        }
        for (int c = 0; c < scales.compositeParts.length; c++, k++) {
            int[] parts = scales.compositeParts[c];
            kinds[k] = ScoreKind.COMPOSITE;
            outOf[k] = parts.length;
            max[k] = Arrays.stream(parts).map(p -> max[p]).sum();
            if (scales.compositeGiven[c] >= 0) {
                max[k] = Math.max(max[k], questions.maxCode(scales.compositeGiven[c]));
            }
            decimals[k] = parts.length == 0 ? 0 : decimals[parts[0]];
        }
        if (d.impact().isPresent()) {
            kinds[k] = ScoreKind.IMPACT;
            outOf[k] = impact.items.length;
            int sum = 0;
            for (int[] points : impact.points) {
                sum += Arrays.stream(points).max().orElse(0);
            }
            max[k] = sum;
        }
        int highest = Arrays.stream(max).max().orElse(0);
        values = new OptionalInt[highest + 1];
        for (int v = 0; v <= highest; v++) {
            values[v] = OptionalInt.of(v);
        }

        List<BandScheme> schemes = new ArrayList<>();
        List<Optional<Bands>> tables = new ArrayList<>();
        for (String scheme : d.bandSchemes()) {
            Optional<NormTable> found = norms.bandTable(d.family(), d.version(), d.informant(), scheme);
            schemes.add(new BandScheme(scheme, found.map(t -> new TableRef(t.id(), t.title(), t.source()))));
            tables.add(found.flatMap(NormTable::bands));
        }
        bandSchemes = List.copyOf(schemes);
        bandsByScoreAndValue = new ArrayList<>();
        for (int s = 0; s < names.length; s++) {
            @SuppressWarnings("unchecked")
            Map<String, String>[] byValue = new Map[max[s] + 1];
            for (int v = 0; v <= max[s]; v++) {
                Map<String, String> bands = new LinkedHashMap<>();
                for (int t = 0; t < schemes.size(); t++) {
                    String scheme = schemes.get(t).scheme();
                    final int value = v;
                    final String score = names[s];
                    tables.get(t).flatMap(b -> b.bandOf(score, value)).ifPresent(r -> bands.put(scheme, r.band()));
                }
                byValue[v] = Map.copyOf(bands);
            }
            bandsByScoreAndValue.add(byValue);
        }

        start = new int[names.length];
        proratedOffset = new int[names.length];
        int size = 0;
        for (int s = 0; s < names.length; s++) {
            start[s] = size;
            proratedOffset[s] = (max[s] + 2) * (outOf[s] + 1);
            size += 2 * proratedOffset[s];
        }
        table = new Score[size];
        for (int s = 0; s < names.length; s++) {
            for (int prorated = 0; prorated < 2; prorated++) {
                for (int v = PreparedInstrument.MISSING; v <= max[s]; v++) {
                    for (int answered = 0; answered <= outOf[s]; answered++) {
                        table[index(s, v, answered, prorated == 1)] = newScore(s, v, answered, prorated == 1);
                    }
                }
            }
        }
    }

    /**
     * Compiles the scores of {@code d}, looking up its band tables in {@code norms}; the definition's other
     * compiled parts give each score's item count, highest value and decimals.
     */
    static ScoreTable of(InstrumentDefinition d, QuestionCodes questions, CompiledScales scales, ImpactGate impact,
                         NormsCatalog norms) {
        return new ScoreTable(d, questions, scales, impact, norms);
    }

    /** How many scores a valid form has. */
    int count() {
        return names.length;
    }

    /** The names of the scores, in result order. */
    List<String> names() {
        return List.of(names);
    }

    /** Each score's highest possible value, in result order (a copy). */
    int[] maxima() {
        return max.clone();
    }

    /** The banding schemes the results report, each with its table or none. */
    List<BandScheme> bandSchemes() {
        return bandSchemes;
    }

    /**
     * Score {@code k} with {@code value} (or {@link PreparedInstrument#MISSING}) from {@code answered} items or
     * parts; from the table, so nothing is allocated.
     */
    Score get(int k, int value, int answered, boolean prorated) {
        return table[index(k, value, answered, prorated)];
    }

    private int index(int k, int value, int answered, boolean prorated) {
        return start[k] + (prorated ? proratedOffset[k] : 0) + (value + 1) * (outOf[k] + 1) + answered;
    }

    private Score newScore(int k, int value, int answered, boolean prorated) {
        boolean present = value != PreparedInstrument.MISSING;
        return new Score(names[k], kinds[k], present ? values[value] : OptionalInt.empty(), answered, outOf[k],
                prorated, max[k], present ? bandsByScoreAndValue.get(k)[value] : Map.of(), decimals[k]);
    }
}
