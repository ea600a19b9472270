package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a pairs file gives one score, named after it: {@code pemotion_t1}, {@code pemotion_band3_t2},
 * {@code ors_self_total_cutoff}. The one list that {@link PairColumns} writes and {@link PairsHeader} reads back,
 * so that the two cannot drift apart.
 */
enum ScoreColumn {
    /** The score at baseline. */
    T1,
    /** The score at follow-up. */
    T2,
    /** T2 &minus; T1. */
    CHANGE,
    /** The reliable change index. */
    RCI,
    /** Improved, no reliable change or deteriorated. */
    STATUS,
    /** The band at baseline, in the primary band scheme. */
    BAND_T1,
    /** The band at follow-up. */
    BAND_T2,
    /** Clinically significant improvement: yes or no. */
    CLINSIG,
    /** The clinical cut-off that stands in for bands (the ORS). */
    CUTOFF;

    /** An ORS total's columns: no index of its own (the series gives the status), a cut-off instead of bands. */
    static final List<ScoreColumn> ORS = List.of(T1, T2, CHANGE, STATUS, CLINSIG, CUTOFF);

    /** The column of score {@code score} (with any prefix), its band columns named after {@code scheme}. */
    String of(String score, String scheme) {
        return switch (this) {
            case BAND_T1 -> score + "_" + scheme + "_t1";
            case BAND_T2 -> score + "_" + scheme + "_t2";
            default -> score + "_" + name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * An SDQ score's columns, in the order of the file.
     *
     * @param reliableChange whether a norms table gives the score an SD or a reliability
     * @param bands whether a table of the primary scheme bands it
     */
    static List<ScoreColumn> sdq(boolean reliableChange, boolean bands) {
        List<ScoreColumn> columns = new ArrayList<>(List.of(T1, T2, CHANGE));
        if (reliableChange) {
            columns.addAll(List.of(RCI, STATUS));
        }
        if (bands) {
            columns.addAll(List.of(BAND_T1, BAND_T2));
        }
        if (reliableChange && bands) {
            columns.add(CLINSIG);
        }
        return columns;
    }

    /**
     * The score whose baseline column {@code column} could be ({@code pemotion} of {@code pemotion_t1}); a
     * score has its {@link #T2} and {@link #CHANGE} columns too, which tells it from {@code date_t1}.
     */
    static Optional<String> scoreOfBaseline(String column, List<String> columns) {
        String suffix = T1.of("", "");
        if (!column.endsWith(suffix)) {
            return Optional.empty();
        }
        String score = column.substring(0, column.length() - suffix.length());
        return columns.contains(T2.of(score, "")) && columns.contains(CHANGE.of(score, ""))
                ? Optional.of(score) : Optional.empty();
    }
}
