package se.hlt.assessment.scoring;

import java.util.Objects;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;

/**
 * Names the norms table a result used, so that a reader can see where a band comes from and how sure it is.
 *
 * @param id the table's id in the norms data
 * @param title the table's title in English and Swedish
 * @param source its citation, URL and confidence tag
 */
public record TableRef(String id, Label title, Source source) {

    /** Checks that every part is present. */
    public TableRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }
}
