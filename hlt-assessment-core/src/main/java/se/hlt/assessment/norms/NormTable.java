package se.hlt.assessment.norms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Source;

/**
 * One normative table, as read from its data file: whom it describes, and its statistics.
 *
 * @param id the table's identifier, used to name it in every result that uses it
 * @param title a short title in English and Swedish
 * @param instrument the instrument family, e.g. {@code sdq}
 * @param versions the versions of the instrument the table applies to, e.g. {@code 4-17}
 * @param informant who rated the children of the sample
 * @param ages the ages the table describes
 * @param sex {@code all}, {@code female} or {@code male}
 * @param country the sample's country, as an ISO 3166-1 alpha-2 code
 * @param sampleSize the number of children in the sample, where known
 * @param source the citation, where it was read, and the confidence tag
 * @param meanSd score name &rarr; mean and SD in the sample (empty map if the table gives none)
 * @param reliability reliability coefficients per score, if the table gives them
 * @param bands the table's band cut-offs, if it has them
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record NormTable(String id, Label title, String instrument, List<String> versions, Informant informant,
                        AgeRange ages, String sex, String country, OptionalInt sampleSize, Source source,
                        Map<String, MeanSd> meanSd, Optional<Reliability> reliability, Optional<Bands> bands) {

    /** Checks the required parts and normalises absent optionals. */
    public NormTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(ages, "ages");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        versions = List.copyOf(versions);
        sampleSize = sampleSize == null ? OptionalInt.empty() : sampleSize;
        meanSd = meanSd == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meanSd));
        reliability = reliability == null ? Optional.empty() : reliability;
        bands = bands == null ? Optional.empty() : bands;
    }

    /** Whether the table describes children rated by {@code informant} on {@code version} of {@code family}. */
    public boolean appliesTo(String family, String version, Informant rater) {
        return instrument.equals(family) && versions.contains(version) && informant == rater;
    }
}
