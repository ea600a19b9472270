package se.hlt.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * A banding scheme a result reports, and the table it used, or none: an empty {@code table} says plainly that
 * no published table applies to this instrument version and informant (the SDQ teacher 2&ndash;4, for one), and
 * that no band was borrowed from another table.
 *
 * @param scheme the scheme's name, e.g. {@code band3}
 * @param table the table used, or empty where none applies
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record BandScheme(String scheme, Optional<TableRef> table) {

    /** Checks the scheme and normalises an absent table. */
    public BandScheme {
        Objects.requireNonNull(scheme, "scheme");
        table = table == null ? Optional.empty() : table;
    }
}
