package se.hlt.assessment.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The forms to pair: a file of baselines and a file of follow-ups, or one file whose {@code timepoint} column
 * tells them apart. In either case a row's {@code timepoint} cell, where it has one, decides; an empty cell
 * means the file's default (baseline for the first file, follow-up for the second).
 *
 * <p>An ORS series file ({@code hlt batch ors --series}) may be added: its rows, one per client and rater, intake
 * against latest, join the pairs file as rows of their own, so that a child with both instruments has one row
 * per instrument (and rater).
 *
 * @param first the baselines, or the single file
 * @param followUps the follow-ups, when they are in a file of their own
 * @param orsSeries an ORS series file to join, if any
 */
public record CompareInput(Path first, Optional<Path> followUps, Optional<Path> orsSeries) {

    /** The role of the baselines file, as the errors and unpaired files name it. */
    public static final String BASELINE = "baseline";
    /** The role of the follow-ups file. */
    public static final String FOLLOWUP = "followup";
    /** The role of a single file holding both. */
    public static final String INPUT = "input";
    /** The role of an ORS series file. */
    public static final String ORS_SERIES = "ors-series";

    /** Checks every part. */
    public CompareInput {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(orsSeries, "orsSeries");
    }

    /** Baselines in one file, follow-ups in another. */
    public static CompareInput twoFiles(Path baselines, Path followUps) {
        return new CompareInput(baselines, Optional.of(followUps), Optional.empty());
    }

    /** Baselines and follow-ups in one file with a {@code timepoint} column. */
    public static CompareInput oneFile(Path forms) {
        return new CompareInput(forms, Optional.empty(), Optional.empty());
    }

    /** These files with an ORS series file to join. */
    public CompareInput withOrsSeries(Path series) {
        return new CompareInput(first, followUps, Optional.of(series));
    }

    /** The SDQ files with their roles, in reading order. */
    public List<Role> files() {
        return followUps.map(f -> List.of(new Role(BASELINE, first), new Role(FOLLOWUP, f)))
                .orElseGet(() -> List.of(new Role(INPUT, first)));
    }

    /**
     * One input file and its role.
     *
     * @param role {@value #BASELINE}, {@value #FOLLOWUP} or {@value #INPUT}
     * @param path the file
     */
    public record Role(String role, Path path) {

        /** Checks both parts. */
        public Role {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(path, "path");
        }
    }
}
