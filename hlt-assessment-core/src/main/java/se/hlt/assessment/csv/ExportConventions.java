package se.hlt.assessment.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.instrument.Sex;

/**
 * How a researcher's export is written where it differs from this tool's own names: which column holds a role
 * ({@code --column age=ålder_år}), how the sex is coded ({@code --sex-codes 1=boy,2=girl}, as Swedish registers
 * code it), and which encoding the files a run writes are in.
 *
 * <pre>{@code
 * ExportConventions export = ExportConventions.defaults().withColumn("age", "ålder_år")
 *         .withSexCode("1", Sex.MALE).withSexCode("2", Sex.FEMALE);
 * }</pre>
 *
 * @param columns role ({@code age}, {@code sex}, {@code timepoint}, {@code date}, and for sessions the roles
 *     {@link SessionColumns} knows) to the column that holds it, both compared ignoring case
 * @param sexCodes cell text (lower case, trimmed) to the sex it stands for, read before the usual spellings
 * @param outputEncoding the encoding of the files written
 */
public record ExportConventions(Map<String, String> columns, Map<String, Sex> sexCodes,
                                OutputEncoding outputEncoding) {

    /** Copies the maps, keys and names trimmed and in lower case. */
    public ExportConventions {
        Objects.requireNonNull(outputEncoding, "outputEncoding");
        Map<String, String> names = new LinkedHashMap<>();
        columns.forEach((role, name) -> names.put(key(role), key(name)));
        columns = Collections.unmodifiableMap(names);
        Map<String, Sex> codes = new LinkedHashMap<>();
        sexCodes.forEach((code, sex) -> codes.put(key(code), Objects.requireNonNull(sex, "sex")));
        sexCodes = Collections.unmodifiableMap(codes);
    }

    static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /** The tool's own column names, the sexes it reads by itself, outputs in the input's encoding. */
    public static ExportConventions defaults() {
        return new ExportConventions(Map.of(), Map.of(), OutputEncoding.INPUT);
    }

    /** These conventions with {@code role} in the column called {@code column}. */
    public ExportConventions withColumn(String role, String column) {
        Map<String, String> more = new LinkedHashMap<>(columns);
        more.put(key(role), column);
        return new ExportConventions(more, sexCodes, outputEncoding);
    }

    /** These conventions with a sex cell {@code code} read as {@code sex}. */
    public ExportConventions withSexCode(String code, Sex sex) {
        Map<String, Sex> more = new LinkedHashMap<>(sexCodes);
        more.put(key(code), sex);
        return new ExportConventions(columns, more, outputEncoding);
    }

    /** These conventions with the outputs written as {@code choice} says. */
    public ExportConventions withOutputEncoding(OutputEncoding choice) {
        return new ExportConventions(columns, sexCodes, choice);
    }

    /** The column named for {@code role}, if any (lower case). */
    public Optional<String> column(String role) {
        return Optional.ofNullable(columns.get(key(role)));
    }

    /** The sex {@code cell} stands for: a code given first, else the usual spellings ({@link Sex#fromText}). */
    public Optional<Sex> sex(String cell) {
        Sex coded = sexCodes.get(key(cell));
        return coded != null ? Optional.of(coded) : Sex.fromText(cell);
    }
}
