package se.hlt.assessment.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.norms.NormTable;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.TableRef;
import se.hlt.assessment.scoring.Texts;

/**
 * Chooses, for each child, the norms tables that its reliable change indexes take the SD and the reliability
 * from ({@code norms.md} &sect;3&ndash;4), for one instrument version and informant.
 *
 * <ul>
 *   <li><b>SD</b>: from a table of means and SDs that fits the child, as the scorer chooses tables for
 *       z-scores: its ages contain the child's age at baseline (or, with no age given, every age of the
 *       version), and it is for both sexes or for the child's sex, which must then be given. So the UK parent
 *       tables, one per sex for ages 5&ndash;15, need both. Among tables that fit, one from the country of the
 *       reliability table comes first (its sample is the same population), then the catalog's order. Where no
 *       table fits, there is no reliable change index, rather than one from a table that does not fit.</li>
 *   <li><b>Reliability</b>: chosen as the SD is, from the tables of the version and informant that give
 *       reliabilities, the first (in the catalog's order) that fits the child by the same test; for the SDQ that
 *       is Goodman 2001 where its ages fit (its confidence tag, provisional, travels with the basis). An alpha
 *       describes the sample it was measured in: a 4-year-old's teacher ratings are not measured by alphas of
 *       5&ndash;15-year-olds, so they take the Dutch 4&ndash;10 table's own alphas, and a child no reliability
 *       table fits gets no index, with {@link NoReliableChangeReason#RELIABILITY_TABLE_DOES_NOT_FIT}.</li>
 * </ul>
 *
 * <p>The SD table is chosen after the reliability table, preferring its country (for a child no reliability table
 * fits, the country of the first one), so that the two describe one population where they can.</p>
 *
 * <p>The scores considered are those some norms table of the instrument gives an SD or a reliability for (for
 * the SDQ not {@code extern} and {@code intern}, which no table covers). Choices are computed once per age and
 * sex, and children whose choices are equal share one object. Immutable and thread-safe.
 */
public final class ReliableChangeTables {

    private static final int MAX_AGE = 120;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final InstrumentDefinition definition;
    private final List<String> scores;
    private final List<NormTable> sdTables;
    private final List<NormTable> reliabilityTables;
    /** [age + 1][sex ordinal + 1], index 0 standing for "not given". */
    private final ReliableChangeChoice[][] choices;

    private ReliableChangeTables(NormsCatalog norms, InstrumentDefinition definition) {
        this.definition = definition;
        List<NormTable> ofVersion = norms.all().stream()
                .filter(t -> t.appliesTo(definition.family(), definition.version(), definition.informant()))
                .toList();
        this.reliabilityTables = ofVersion.stream().filter(t -> t.reliability().isPresent()).toList();
        this.sdTables = ofVersion.stream().filter(t -> !t.meanSd().isEmpty()).toList();
        Set<String> normed = norms.all().stream().filter(t -> t.instrument().equals(definition.family()))
                .flatMap(t -> java.util.stream.Stream.concat(t.meanSd().keySet().stream(),
                        t.reliability().map(r -> r.values().keySet().stream())
                                .orElse(java.util.stream.Stream.empty())))
                .collect(Collectors.toSet());
        this.scores = definition.scoreNames().stream().filter(normed::contains).toList();
        this.choices = new ReliableChangeChoice[MAX_AGE + 2][Sex.values().length + 1];
        // children of many ages share one choice: one object each, so that a caller can key on identity
        Map<ReliableChangeChoice, ReliableChangeChoice> distinct = new java.util.HashMap<>();
        for (int age = -1; age <= MAX_AGE; age++) {
            for (int sex = -1; sex < Sex.values().length; sex++) {
                OptionalInt a = age < 0 ? OptionalInt.empty() : OptionalInt.of(age);
                Optional<Sex> s = sex < 0 ? Optional.empty() : Optional.of(Sex.values()[sex]);
                choices[age + 1][sex + 1] = distinct.computeIfAbsent(choose(a, s), c -> c);
            }
        }
    }

    /** The choices for forms of {@code definition}'s version and informant, from the tables of {@code norms}. */
    public static ReliableChangeTables of(NormsCatalog norms, InstrumentDefinition definition) {
        return new ReliableChangeTables(norms, definition);
    }

    /** The scores a reliable change index is considered for, in the definition's order. */
    public List<String> scores() {
        return scores;
    }

    /**
     * The tables and bases for a child of this age and sex at baseline.
     *
     * @param age the age in whole years, if given
     * @param sex the sex, if given
     */
    public ReliableChangeChoice forChild(OptionalInt age, Optional<Sex> sex) {
        int a = age.isPresent() && age.getAsInt() >= 0 && age.getAsInt() <= MAX_AGE ? age.getAsInt() + 1 : 0;
        return choices[a][sex.map(s -> s.ordinal() + 1).orElse(0)];
    }

    private ReliableChangeChoice choose(OptionalInt age, Optional<Sex> sex) {
        List<Label> notes = new ArrayList<>();
        List<NoReliableChangeReason> reasons = new ArrayList<>();
        Optional<NormTable> reliabilityTable = reliabilityTables.stream().filter(t -> fits(t, age, sex)).findFirst();
        String preferredCountry = reliabilityTable.or(() -> reliabilityTables.stream().findFirst())
                .map(NormTable::country).orElse("");
        Optional<NormTable> sdTable = sdTables.stream().filter(t -> fits(t, age, sex))
                .sorted(Comparator.comparing(t -> t.country().equals(preferredCountry) ? 0 : 1)).findFirst();
        if (sdTables.isEmpty()) {
            reasons.add(NoReliableChangeReason.NO_SD_TABLE);
            notes.add(note(l -> Texts.format("rci.note.no_sd_table", l, describeVersion())));
        } else if (sdTable.isEmpty()) {
            reasons.add(NoReliableChangeReason.SD_TABLE_DOES_NOT_FIT);
            notes.add(note(l -> Texts.format("rci.note.sd_table_does_not_fit", l, describe(age, sex, l),
                    describe(sdTables, l))));
        }
        if (reliabilityTables.isEmpty()) {
            reasons.add(NoReliableChangeReason.NO_RELIABILITY_TABLE);
            notes.add(note(l -> Texts.format("rci.note.no_reliability_table", l, describeVersion())));
        } else if (reliabilityTable.isEmpty()) {
            reasons.add(NoReliableChangeReason.RELIABILITY_TABLE_DOES_NOT_FIT);
            notes.add(note(l -> Texts.format("rci.note.reliability_table_does_not_fit", l, describe(age, sex, l),
                    describe(reliabilityTables, l))));
        }
        Map<String, ReliableChangeBasis> bases = new LinkedHashMap<>();
        if (sdTable.isPresent() && reliabilityTable.isPresent()) {
            for (String score : scores) {
                NormTable sd = sdTable.get();
                NormTable reliability = reliabilityTable.get();
                if (!sd.meanSd().containsKey(score)) {
                    notes.add(note(l -> Texts.format("rci.note.no_sd", l, sd.id(), score)));
                }
                if (reliability.reliability().map(r -> r.of(score)).orElse(OptionalDouble.empty()).isEmpty()) {
                    notes.add(note(l -> Texts.format("rci.note.no_reliability", l, reliability.id(), score)));
                }
                // both tables are of this version and informant, so a basis fails only for a number it lacks
                ReliableChangeBasis.from(sd, reliability, score).value().ifPresent(b -> bases.put(score, b));
            }
        }
        return new ReliableChangeChoice(sdTable.map(ReliableChangeTables::ref), reliabilityTable.map(
                ReliableChangeTables::ref), bases, reasons, notes);
    }

    /** A note in English and Swedish, from texts formatted in the language of the locale given. */
    private static Label note(Function<Locale, String> text) {
        return Label.of(text.apply(Locale.ENGLISH), text.apply(SWEDISH));
    }

    private boolean fits(NormTable table, OptionalInt age, Optional<Sex> sex) {
        boolean ageFits = age.isPresent() ? table.ages().contains(age.getAsInt())
                : table.ages().min() <= definition.ages().min() && table.ages().max() >= definition.ages().max();
        boolean sexFits = "all".equals(table.sex()) || sex.map(s -> s.code().equals(table.sex())).orElse(false);
        return ageFits && sexFits;
    }

    private String describeVersion() {
        return definition.informant().code() + " " + definition.family().toUpperCase(Locale.ROOT) + " "
                + definition.version();
    }

    private static String describe(OptionalInt age, Optional<Sex> sex, Locale locale) {
        String years = age.isPresent() ? Texts.format("rci.note.age", locale, String.valueOf(age.getAsInt()))
                : Texts.format("rci.note.no_age", locale);
        String who = sex.map(s -> Texts.format("rci.note.sex", locale,
                Texts.format("rci.note.child." + s.code(), locale))).orElse(Texts.format("rci.note.no_sex", locale));
        return years + ", " + who;
    }

    private static String describe(List<NormTable> tables, Locale locale) {
        return tables.stream().map(t -> Texts.format("rci.note.table", locale, t.id(),
                        Texts.format("rci.note.sex." + t.sex(), locale), String.valueOf(t.ages().min()),
                        String.valueOf(t.ages().max())))
                .collect(Collectors.joining("; "));
    }

    private static TableRef ref(NormTable table) {
        return new TableRef(table.id(), table.title(), table.source());
    }
}
