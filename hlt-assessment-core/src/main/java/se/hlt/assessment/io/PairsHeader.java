package se.hlt.assessment.io;

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

    /** One score's columns. */
    record ScaleColumns(CohortScale scale, int t1, int t2, int status, int bandT1, int bandT2) {
    }

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
    static Refusable<PairsHeader> analyse(List<String> names, Grouping grouping, Scorer scorer,
                                          SdqVocabulary vocabulary, AddedValueModel model) {
        List<String> keys = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        int[] groupColumns = new int[grouping.columns().size()];
        for (int g = 0; g < groupColumns.length; g++) {
            String column = grouping.columns().get(g).trim().toLowerCase(Locale.ROOT);
            groupColumns[g] = keys.indexOf(column);
            if (column.equals(Grouping.AGEBAND)) {
                if (groupColumns[g] >= 0) {
                    return Refusable.refused(RefusalKind.OUTPUT_COLUMN_IN_INPUT, names.get(groupColumns[g]));
                }
                if (!keys.contains(PairColumns.AGE)) {
                    return Refusable.refused(RefusalKind.GROUP_COLUMN_MISSING, PairColumns.AGE);
                }
            } else if (groupColumns[g] < 0) {
                return Refusable.refused(RefusalKind.GROUP_COLUMN_MISSING, grouping.columns().get(g));
            }
        }
        for (String needed : List.of(PairColumns.INSTRUMENT, PairColumns.INFORMANT, PairColumns.VERSION)) {
            if (!keys.contains(needed)) {
                return Refusable.refused(RefusalKind.NOT_A_PAIRS_FILE);
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
            Optional<Direction> direction = direction(base, scorer, vocabulary);
            if (direction.isEmpty()) {
                return Refusable.refused(RefusalKind.UNKNOWN_SCORE_COLUMN, names.get(c));
            }
            Informant informant = vocabulary.informant(base.charAt(0)).orElseThrow();
            boolean withAvs = base.substring(1).equals(model.outcome().score()) && informant == model.informant();
            CohortScale scale = new CohortScale(base, SdqVocabulary.FAMILY, informant.code(), direction.get(),
                    withAvs);
            scales.add(new ScaleColumns(scale, c,
                    keys.indexOf(base + "_t2"), keys.indexOf(base + "_status"),
                    keys.indexOf(base + "_" + SCHEME + "_t1"), keys.indexOf(base + "_" + SCHEME + "_t2")));
        }
        if (scales.isEmpty()) {
            return Refusable.refused(RefusalKind.NOT_A_PAIRS_FILE);
        }
        return Refusable.ok(new PairsHeader(names, groupColumns, scales));
    }

    /** The direction of score {@code base} (e.g. {@code pemotion}) from the SDQ definitions of its informant. */
    private static Optional<Direction> direction(String base, Scorer scorer, SdqVocabulary vocabulary) {
        Optional<Informant> informant = base.length() < 2 ? Optional.empty()
                : vocabulary.informant(base.charAt(0));
        if (informant.isEmpty()) {
            return Optional.empty();
        }
        String score = base.substring(1);
        return scorer.instruments().all().stream()
                .filter(d -> d.family().equals(SdqVocabulary.FAMILY) && d.informant() == informant.get())
                .map(d -> d.direction(score)).flatMap(Optional::stream).findFirst();
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
