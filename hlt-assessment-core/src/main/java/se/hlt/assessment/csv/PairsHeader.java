package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.scoring.Scorer;

/**
 * What a pairs file's header says (the file {@code hlt compare} writes; see {@link PairColumns}): where the
 * grouping columns, the age, the instrument and each score's T1, T2, status and bands are, and whether it has
 * Added Value Scores. A score is a column base {@code X} with {@code X_t1}, {@code X_t2} and {@code X_change}.
 */
final class PairsHeader {

    static final String SCHEME = PairColumns.BAND_SCHEME;

    /**
     * One score's columns; -1 for one it does not have.
     *
     * @param cutoff a cut-off below which a score is in the clinical range (the ORS), standing in for the bands
     */
    record ScaleColumns(CohortScale scale, int t1, int t2, int status, int bandT1, int bandT2, int cutoff) {
    }

    /** An ORS total of one rater joined from a series file, e.g. {@code ors_self_total}. */
    private static final java.util.regex.Pattern ORS_TOTAL = java.util.regex.Pattern.compile("ors_([a-z]+)_total");
    private static final String ORS_SCORE = "total";

    final List<String> names;
    final int width;
    /** Per grouping column, its position, or -1 for the derived age band. */
    final int[] groupColumns;
    final int age;
    final int instrument;
    final int informant;
    final int version;
    final List<ScaleColumns> scales;
    final int avs;
    final int avsEffectSize;
    final int avsModel;

    private PairsHeader(List<String> names, int[] groupColumns, List<ScaleColumns> scales) {
        this.names = List.copyOf(names);
        this.width = names.size();
        this.groupColumns = groupColumns;
        this.age = indexOf(names, PairColumns.AGE);
        this.instrument = indexOf(names, PairColumns.INSTRUMENT);
        this.informant = indexOf(names, PairColumns.INFORMANT);
        this.version = indexOf(names, PairColumns.VERSION);
        this.scales = List.copyOf(scales);
        this.avs = indexOf(names, "avs");
        this.avsEffectSize = indexOf(names, "avs_effect_size");
        this.avsModel = indexOf(names, "avs_model");
    }

    /**
     * Reads a header.
     *
     * @return the columns, or why the file cannot be grouped as asked
     */
    static Outcome<PairsHeader> analyse(List<String> names, Grouping grouping, Scorer scorer,
                                          SdqVocabulary vocabulary, AddedValueModel model) {
        List<String> keys = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        int[] groupColumns = new int[grouping.columns().size()];
        for (int g = 0; g < groupColumns.length; g++) {
            String column = grouping.columns().get(g).trim().toLowerCase(Locale.ROOT);
            groupColumns[g] = keys.indexOf(column);
            if (column.equals(Grouping.AGEBAND)) {
                if (groupColumns[g] >= 0) {
                    return Outcome.refused(RefusalKind.OUTPUT_COLUMN_IN_INPUT, names.get(groupColumns[g]));
                }
                if (!keys.contains(PairColumns.AGE)) {
                    return Outcome.refused(RefusalKind.GROUP_COLUMN_MISSING, PairColumns.AGE);
                }
            } else if (groupColumns[g] < 0) {
                return Outcome.refused(RefusalKind.GROUP_COLUMN_MISSING, grouping.columns().get(g));
            }
        }
        for (String needed : List.of(PairColumns.INSTRUMENT, PairColumns.INFORMANT, PairColumns.VERSION)) {
            if (!keys.contains(needed)) {
                return Outcome.refused(RefusalKind.NOT_A_PAIRS_FILE);
            }
        }
        List<ScaleColumns> scales = new ArrayList<>();
        for (int c = 0; c < keys.size(); c++) {
            String key = keys.get(c);
            if (!key.endsWith("_t1")) {
                continue;
            }
            String base = key.substring(0, key.length() - 3);
            if (!keys.contains(base + "_t2") || !keys.contains(base + "_change")) {
                continue; // date_t1, status_t1: not a score
            }
            Optional<ScaleColumns> scale = sdqScale(base, keys, scorer, vocabulary, model)
                    .or(() -> orsScale(base, keys, scorer));
            if (scale.isEmpty()) {
                return Outcome.refused(RefusalKind.UNKNOWN_SCORE_COLUMN, names.get(c));
            }
            scales.add(scale.get());
        }
        if (scales.isEmpty()) {
            return Outcome.refused(RefusalKind.NOT_A_PAIRS_FILE);
        }
        return Outcome.done(new PairsHeader(names, groupColumns, scales));
    }

    /**
     * An SDQ score, e.g. {@code pemotion}: the informant from the prefix, the direction from the SDQ definitions of
     * that informant.
     */
    private static Optional<ScaleColumns> sdqScale(String base, List<String> keys, Scorer scorer,
                                                   SdqVocabulary vocabulary, AddedValueModel model) {
        Optional<Informant> informant = base.length() < 2 ? Optional.empty()
                : vocabulary.informant(base.charAt(0));
        if (informant.isEmpty()) {
            return Optional.empty();
        }
        String score = base.substring(1);
        Optional<Direction> direction = scorer.instruments().all().stream()
                .filter(d -> d.family().equals(SdqVocabulary.FAMILY) && d.informant() == informant.get())
                .map(d -> d.direction(score)).flatMap(Optional::stream).findFirst();
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        boolean withAvs = score.equals(model.outcome().score()) && informant.get() == model.informant();
        CohortScale scale = new CohortScale(base, SdqVocabulary.FAMILY, informant.get().code(), direction.get(),
                withAvs, 1);
        return Optional.of(new ScaleColumns(scale, keys.indexOf(base + "_t1"), keys.indexOf(base + "_t2"),
                keys.indexOf(base + "_status"), keys.indexOf(base + "_" + SCHEME + "_t1"),
                keys.indexOf(base + "_" + SCHEME + "_t2"), -1));
    }

    /**
     * A rater's ORS total joined from a series file, e.g. {@code ors_self_total}: read to one decimal, higher is
     * better (from the ORS definitions), and a cut-off column instead of bands.
     */
    private static Optional<ScaleColumns> orsScale(String base, List<String> keys, Scorer scorer) {
        java.util.regex.Matcher m = ORS_TOTAL.matcher(base);
        if (!m.matches()) {
            return Optional.empty();
        }
        Informant rater;
        try {
            rater = Informant.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Direction> direction = scorer.instruments().all().stream()
                .filter(d -> d.family().equals(PairsWriter.ORS_FAMILY))
                .map(d -> d.direction(ORS_SCORE)).flatMap(Optional::stream).findFirst();
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        CohortScale scale = new CohortScale(base, PairsWriter.ORS_FAMILY, rater.code(), direction.get(), false, 10);
        return Optional.of(new ScaleColumns(scale, keys.indexOf(base + "_t1"), keys.indexOf(base + "_t2"),
                keys.indexOf(base + "_status"), -1, -1, keys.indexOf(base + "_cutoff")));
    }

    private static int indexOf(List<String> names, String name) {
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).trim().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }
}
