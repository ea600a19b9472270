package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.instrument.Direction;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.scoring.Scorer;
import se.hlt.assessment.series.SessionResult;

/**
 * What a pairs file's header says (the file {@code hlt compare} writes; see {@link PairColumns}): where the
 * grouping columns, the age, the instrument and each score's T1, T2, status and bands are, and whether it has
 * Added Value Scores. A score is a column base {@code X} with {@code X_t1}, {@code X_t2} and {@code X_change}.
 */
final class PairsHeader {

    static final String SCHEME = PairColumns.BAND_SCHEME;
    private static final byte[] YES = PairColumns.YES.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * One score's columns; -1 for one it does not have.
     *
     * @param cutoff a cut-off below which a score is in the clinical range (the ORS), standing in for the bands
     */
    record ScaleColumns(CohortScale scale, int t1, int t2, int status, int bandT1, int bandT2, int cutoff) {
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
    /** The column saying whether a form's age is outside its version's, or -1 (a file from an older version). */
    final int ageOutsideVersion;

    private PairsHeader(List<String> names, int[] groupColumns, List<ScaleColumns> scales) {
        this.names = List.copyOf(names);
        this.width = names.size();
        this.groupColumns = groupColumns;
        this.age = indexOf(names, PairColumns.AGE);
        this.instrument = indexOf(names, PairColumns.INSTRUMENT);
        this.informant = indexOf(names, PairColumns.INFORMANT);
        this.version = indexOf(names, PairColumns.VERSION);
        this.scales = List.copyOf(scales);
        this.avs = indexOf(names, PairColumns.AVS);
        this.avsEffectSize = indexOf(names, PairColumns.AVS_EFFECT_SIZE);
        this.avsModel = indexOf(names, PairColumns.AVS_MODEL);
        this.ageOutsideVersion = indexOf(names, PairColumns.AGE_OUTSIDE_VERSION);
    }

    /**
     * Reads a header.
     *
     * @return the columns, or why the file cannot be grouped as asked
     */
    static Outcome<PairsHeader> analyse(List<String> names, Grouping grouping, PairsKnowledge knowledge) {
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
            Optional<String> score = ScoreColumn.scoreOfBaseline(keys.get(c), keys);
            if (score.isEmpty()) {
                continue; // date_t1, status_t1 and the rest: not a score
            }
            String base = score.get();
            Optional<ScaleColumns> scale = sdqScale(base, keys, knowledge)
                    .or(() -> orsScale(base, keys, knowledge.scorer()));
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
    private static Optional<ScaleColumns> sdqScale(String base, List<String> keys, PairsKnowledge knowledge) {
        Optional<Informant> informant = base.length() < 2 ? Optional.empty()
                : knowledge.vocabulary().informant(base.charAt(0));
        if (informant.isEmpty()) {
            return Optional.empty();
        }
        String score = base.substring(1);
        Optional<Direction> direction = knowledge.scorer().instruments().all().stream()
                .filter(d -> d.family().equals(SdqVocabulary.FAMILY) && d.informant() == informant.get())
                .map(d -> d.direction(score)).flatMap(Optional::stream).findFirst();
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        AddedValueModel model = knowledge.model();
        boolean withAvs = score.equals(model.outcome().score()) && informant.get() == model.informant();
        CohortScale scale = new CohortScale(base, SdqVocabulary.FAMILY, informant.get().code(), direction.get(),
                withAvs, 1);
        return Optional.of(columns(scale, keys));
    }

    /**
     * A rater's ORS total joined from a series file, e.g. {@code ors_self_total}: read to one decimal, higher is
     * better (from the ORS definitions), and a cut-off column instead of bands.
     */
    private static Optional<ScaleColumns> orsScale(String base, List<String> keys, Scorer scorer) {
        Optional<Informant> rater = PairColumns.raterOfOrsTotal(base).flatMap(Informant::tryParse);
        String family = PairColumns.orsFamily(scorer.instruments());
        Optional<Direction> direction = scorer.instruments().all().stream()
                .filter(d -> d.family().equals(family))
                .map(d -> d.direction(SessionResult.TOTAL)).flatMap(Optional::stream).findFirst();
        if (rater.isEmpty() || direction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(columns(new CohortScale(base, family, rater.get().code(), direction.get(), false, 10),
                keys));
    }

    /** The columns of {@code scale} that the header has, as {@link ScoreColumn} names them. */
    private static ScaleColumns columns(CohortScale scale, List<String> keys) {
        String base = scale.name();
        return new ScaleColumns(scale, keys.indexOf(ScoreColumn.T1.of(base, SCHEME)),
                keys.indexOf(ScoreColumn.T2.of(base, SCHEME)), keys.indexOf(ScoreColumn.STATUS.of(base, SCHEME)),
                keys.indexOf(ScoreColumn.BAND_T1.of(base, SCHEME)), keys.indexOf(ScoreColumn.BAND_T2.of(base, SCHEME)),
                keys.indexOf(ScoreColumn.CUTOFF.of(base, SCHEME)));
    }

    /** A row's age at baseline, if it has one in whole years. */
    OptionalInt age(ByteRecord row) {
        int value = age < 0 ? ByteRecord.BLANK : row.smallInt(age);
        return value == ByteRecord.BLANK || value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Whether a row says that a form's age is outside its instrument version's ages. */
    boolean ageOutsideVersion(ByteRecord row) {
        return ageOutsideVersion >= 0 && row.is(ageOutsideVersion, YES);
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
