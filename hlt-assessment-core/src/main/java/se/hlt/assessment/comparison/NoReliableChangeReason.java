package se.hlt.assessment.comparison;

import java.util.Locale;

/**
 * Why a child has no reliable change index at all: a norms table it needs does not exist, or none fits the child.
 * A stable value beside the sentences of {@link ReliableChangeChoice#notes()}, so that a surface can say it in
 * the reader's language ({@code norms.md} &sect;3: where no table fits, say so rather than borrow one).
 */
public enum NoReliableChangeReason {
    /** No norms table gives SDs for the instrument version and informant (the SDQ self-report). */
    NO_SD_TABLE,
    /** Tables of SDs exist, but none is for the child's age and sex (or they are not given). */
    SD_TABLE_DOES_NOT_FIT,
    /** No norms table gives reliabilities for the instrument version and informant. */
    NO_RELIABILITY_TABLE,
    /**
     * Tables of reliabilities exist, but none is for the child's age and sex (or they are not given): the Goodman
     * (2001) alphas describe children of 5&ndash;15 (self-reports 11&ndash;15) and are not used outside those ages.
     */
    RELIABILITY_TABLE_DOES_NOT_FIT;

    /** The lower-case name used in files and message keys, e.g. {@code reliability_table_does_not_fit}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
