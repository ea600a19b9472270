package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rows of a file gave of the child's age and sex, over the whole file: how many were read, and which
 * sex codes could not be. A sex code no spelling reads ({@code 1}, {@code 2}) is the same in every row of an
 * export, so it is told once, with the option that reads it, rather than as an error on each row; the row is
 * scored without the sex, as a row with an empty cell is. When no row has an age or a sex, one note says which
 * outputs stay empty and why.
 */
final class ContextTally {

    /** Codes longer than this are not shown: a short code cannot be a personal identity number. */
    private static final int SHOWN_LENGTH = 6;
    /** The most codes a note shows. */
    private static final int SHOWN_CODES = 5;

    private long ages;
    private long sexes;
    private long unreadSexes;
    private final Set<String> unreadCodes = new LinkedHashSet<>();

    void ageRead() {
        ages++;
    }

    void sexRead() {
        sexes++;
    }

    /** A sex cell that no spelling and no code given reads. */
    void sexUnread(String cell) {
        unreadSexes++;
        String code = cell.trim();
        if (unreadCodes.size() < SHOWN_CODES && code.length() <= SHOWN_LENGTH) {
            unreadCodes.add(code);
        }
    }

    /**
     * The notes for the file: the sex codes not read (with an example option built from the codes found), and
     * the age or sex that no row has.
     *
     * @param layout the file's columns
     * @param scored whether any row was scored (a file of errors only has nothing to say about its outputs)
     */
    List<ReadingNote> notes(SdqLayout layout, boolean scored) {
        List<ReadingNote> notes = new ArrayList<>();
        if (unreadSexes > 0) {
            String found = unreadCodes.isEmpty() ? "…" : String.join(", ", unreadCodes);
            notes.add(ReadingNote.of(ReadingNote.Kind.SEX_CODES_UNREAD, layout.header.get(layout.sexColumn),
                    unreadSexes, found, example()));
        }
        if (scored && (ages == 0 || sexes == 0)) {
            String missing = ages == 0 && sexes == 0 ? "age_sex" : ages == 0 ? "age" : "sex";
            notes.add(ReadingNote.of(ReadingNote.Kind.CONTEXT_MISSING, missing));
        }
        return notes;
    }

    /**
     * {@code 1=boy,2=girl}, as Swedish registers code the sexes (1 for men, 2 for women), for two codes found in
     * order; the user checks it against the export's codebook, which only they have.
     */
    private String example() {
        List<String> codes = new ArrayList<>(new java.util.TreeSet<>(unreadCodes));
        return codes.size() == 2 ? codes.get(0) + "=boy," + codes.get(1) + "=girl" : "1=boy,2=girl";
    }
}
