package se.hlt.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an instrument, as read from its definition file: its questions, how they are answered, and
 * every rule that turns answers into scores.
 *
 * <p>Immutable. Obtain definitions from an {@link InstrumentCatalog}; the scoring engine compiles them once.
 *
 * @param id the version's identifier, e.g. {@code sdq-p-4-17-baseline}
 * @param family the instrument it is a version of, e.g. {@code sdq}
 * @param version the version name within the family, e.g. {@code 4-17}
 * @param informant who fills in the form
 * @param variablePrefix the prefix of the official syntax's variable names, e.g. {@code p} in {@code pconsid}
 * @param timepoint whether this is the baseline or the follow-up form
 * @param ages the ages the version is meant for; a form for a child outside them is scored with a warning
 * @param name the version's name in English and Swedish
 * @param source where the scoring rules come from
 * @param responseScales the response scales the questions refer to
 * @param questions every question on the form that the definition knows, in form order
 * @param scales the scales scored from items
 * @param composites the scores that add up scales
 * @param impact the impact supplement, if the form has one
 * @param reported questions reported as answered but never part of a score
 * @param bandSchemes the banding schemes a result should show (e.g. {@code band3}, {@code band4}), whether or not
 *     a norms table exists for this version; a result says so where none does
 * @param raters who may fill in a form of this version: just {@code informant} for the SDQ, where each informant has
 *     a version of their own; the child and collateral raters for the ORS/SRS family. A form names its rater in its
 *     {@linkplain se.hlt.assessment.scoring.FormContext context}, and is {@code informant}'s when it names none.
 * @param defaultVersion whether this is the version a file of this family and informant is read as when it names
 *     none (for the SDQ: 4&ndash;17 for parents and teachers, 11&ndash;17 for the self-report)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record InstrumentDefinition(
        String id,
        String family,
        String version,
        Informant informant,
        String variablePrefix,
        Timepoint timepoint,
        AgeRange ages,
        Label name,
        Source source,
        List<ResponseScale> responseScales,
        List<Question> questions,
        List<ScaleRule> scales,
        List<CompositeRule> composites,
        Optional<ImpactRule> impact,
        List<String> reported,
        List<String> bandSchemes,
        List<Informant> raters,
        boolean defaultVersion) {

    /** Checks the required parts and copies every collection. */
    public InstrumentDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(variablePrefix, "variablePrefix");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(ages, "ages");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        responseScales = List.copyOf(responseScales);
        questions = List.copyOf(questions);
        scales = List.copyOf(scales);
        composites = composites == null ? List.of() : List.copyOf(composites);
        impact = impact == null ? Optional.empty() : impact;
        reported = reported == null ? List.of() : List.copyOf(reported);
        bandSchemes = bandSchemes == null ? List.of() : List.copyOf(bandSchemes);
        raters = raters == null || raters.isEmpty() ? List.of(informant) : List.copyOf(raters);
    }

    /**
     * The primary band scheme: the first of {@link #bandSchemes()}, in which change between two forms is read
     * (bands at T1 and T2, clinical significance). Empty for a version that shows no bands.
     */
    public Optional<String> primaryBandScheme() {
        return bandSchemes.isEmpty() ? Optional.empty() : Optional.of(bandSchemes.get(0));
    }

    /** Whether {@code rater} may fill in a form of this version. */
    public boolean accepts(Informant rater) {
        return raters.contains(rater);
    }

    /** The question called {@code name} (without prefix), if the form has it. */
    public Optional<Question> question(String name) {
        return questions.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The response scale with this id, if the definition declares it. */
    public Optional<ResponseScale> responseScale(String scaleId) {
        return responseScales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    /** The response scale a question is answered on. */
    public ResponseScale responsesOf(Question question) {
        return responseScale(question.responses())
                .orElseThrow(() -> new IllegalStateException(id + ": no response scale " + question.responses()));
    }

    /** Every score the version produces, in output order: scales, then composites, then impact. */
    @JsonIgnore
    public List<String> scoreNames() {
        List<String> names = new ArrayList<>();
        scales.forEach(s -> names.add(s.name()));
        composites.forEach(c -> names.add(c.name()));
        impact.ifPresent(i -> names.add(i.name()));
        return List.copyOf(names);
    }

    /** Which way is good for a score, if the version produces it. */
    public Optional<Direction> direction(String scoreName) {
        for (ScaleRule s : scales) {
            if (s.name().equals(scoreName)) return Optional.of(s.direction());
        }
        for (CompositeRule c : composites) {
            if (c.name().equals(scoreName)) return Optional.of(c.direction());
        }
        return impact.filter(i -> i.name().equals(scoreName)).map(ImpactRule::direction);
    }

    /** The English and Swedish name of a score, if the version produces it. */
    public Optional<Label> scoreLabel(String scoreName) {
        for (ScaleRule s : scales) {
            if (s.name().equals(scoreName)) return Optional.of(s.label());
        }
        for (CompositeRule c : composites) {
            if (c.name().equals(scoreName)) return Optional.of(c.label());
        }
        return impact.filter(i -> i.name().equals(scoreName)).map(ImpactRule::label);
    }
}
