package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One question on a form, named by its standard short variable name (never its wording).
 *
 * @param number the item number printed on the form, for the numbered items (1&ndash;25 on the SDQ)
 * @param name the short name without informant prefix, e.g. {@code consid}, {@code ebddiff}
 * @param responses the {@link ResponseScale#id() id} of the response scale it is answered on
 * @param reverse whether the item is reverse-keyed: it scores (lowest + highest code) &minus; answer
 * @param replaces the name this item stands in for in other versions ({@code argues} replaces {@code lies}
 *     in the SDQ for 2&ndash;4 year olds); data keyed by the replaced name is accepted for it
 * @param prefixOptional whether a CSV column of this question may be named without the informant's prefix (a
 *     question not on every informant's form, such as {@code chronic} or {@code fureduc})
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Question(OptionalInt number, String name, String responses, boolean reverse, Optional<String> replaces,
                       boolean prefixOptional) {

    /** Checks the required parts and normalises absent optionals. */
    public Question {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(responses, "responses");
        number = number == null ? OptionalInt.empty() : number;
        replaces = replaces == null ? Optional.empty() : replaces;
    }
}
