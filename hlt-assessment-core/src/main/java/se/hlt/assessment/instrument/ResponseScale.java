package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The set of answers a question accepts, shared by the questions that refer to it by {@link #id()}: either a list
 * of options (the SDQ's three boxes, the four faces of the YCORS), or a numeric range read to a number of decimals
 * (the ORS mark, 0.0&ndash;10.0 to one decimal).
 *
 * <p>A numeric range is recorded in whole codes: with {@code decimals} 1 the code is the answer in tenths, so the
 * mark 6.5 is code 65 and the range 0.0&ndash;10.0 is {@code {"min": 0, "max": 100}}. Decimal answers become codes
 * exactly at the input boundary, and every sum is a sum of whole numbers: never binary floating point.
 *
 * @param id the name questions use to refer to this scale, e.g. {@code sdq-item}
 * @param options the options in form order, each with its code (empty for a numeric range)
 * @param range the codes of a numeric range (empty for a list of options)
 * @param decimals how many decimals an answer has: a code is the answer times 10<sup>decimals</sup> (0 for options)
 * @param confidence how sure we are of the coding, where it is less than the definition's source (e.g. the
 *     provisional coding of the SDQ follow-up questions)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResponseScale(String id, List<ResponseOption> options, Optional<CodeRange> range, int decimals,
                            Optional<Confidence> confidence) {

    /** Copies the options into an immutable list and normalises absent parts. */
    public ResponseScale {
        options = options == null ? List.of() : List.copyOf(options);
        range = range == null ? Optional.empty() : range;
        confidence = confidence == null ? Optional.empty() : confidence;
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
    }

    /** A scale of options, answered by whole codes (as every SDQ scale). */
    public ResponseScale(String id, List<ResponseOption> options, Optional<Confidence> confidence) {
        this(id, options, Optional.empty(), 0, confidence);
    }

    /** Whether the scale is a numeric range rather than a list of options. */
    public boolean isRange() {
        return range.isPresent();
    }

    /** The lowest code the scale accepts. */
    public int minCode() {
        return range.map(CodeRange::min)
                .orElseGet(() -> options.stream().mapToInt(ResponseOption::code).min().orElse(0));
    }

    /** The highest code the scale accepts. */
    public int maxCode() {
        return range.map(CodeRange::max)
                .orElseGet(() -> options.stream().mapToInt(ResponseOption::code).max().orElse(0));
    }

    /** The option recorded as {@code code}, if the scale has options and one of them is {@code code}. */
    public Optional<ResponseOption> option(int code) {
        return options.stream().filter(o -> o.code() == code).findFirst();
    }

    /** The answer a code stands for, e.g. 6.5 for code 65 of a one-decimal range; the code itself for options. */
    public BigDecimal valueOf(int code) {
        return BigDecimal.valueOf(code, decimals);
    }
}
