package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.comparison.ChangeRules;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.norms.OrsSrsRules;
import se.hlt.assessment.series.SessionResult;

/**
 * The columns of the pairs file for one informant and version of the SDQ, and what each needs: the scores'
 * directions, the reliable change tables, the 3-band table and the Added Value Score model where it applies.
 *
 * <p>In order: the id, {@code instrument}, {@code informant}, {@code version}; the baseline's pass-through
 * columns; {@code age} and {@code sex} at baseline, {@code date_t1}, {@code date_t2}, {@code interval_days},
 * {@code interval_note}, {@code status_t1}, {@code status_t2}, {@code age_outside_version} ({@code yes} when
 * either form's age is outside its version's ages); per score, e.g. {@code pemotion_t1},
 * {@code _t2}, {@code _change} (T2 &minus; T1), then, where a norms table gives the score an SD or a
 * reliability, {@code _rci} and {@code _status}, where a 3-band table bands it, {@code _band3_t1} and
 * {@code _band3_t2}, and with both, {@code _clinsig}; the tables of the reliable change
 * indexes ({@code rci_sd_table}, {@code rci_sd_confidence}, {@code rci_reliability_table},
 * {@code rci_reliability_confidence}, {@code rci_note}); for parent 4&ndash;17 pairs the Added Value Score
 * ({@code avs}, {@code avs_effect_size}, {@code avs_model}, {@code avs_note}, {@code avs_caveat}); and the
 * answers to the follow-up questions, e.g. {@code pfureduc}, {@code pfuhelp}.
 *
 * <p>With an ORS series file, its rows join the file (instrument {@code ors-srs}, the rater as informant) and
 * these columns are added: {@code ors_episode}, {@code ors_sessions}, {@code ors_intake_session},
 * {@code ors_latest_session}, {@code ors_reliable_change_points}, and per rater in the file, e.g.
 * {@code ors_self_total_t1} (the intake total), {@code _t2} (the latest), {@code _change}, {@code _status}
 * (reliable change), {@code _clinsig} ({@code yes}/{@code no}) and {@code _cutoff}. A rater's totals have columns
 * of their own, as an informant's SDQ scores do, so that no one mixes a parent's ratings with the child's.
 */
final class PairColumns {

    /** The SDQ's primary band scheme, as the pairs file's band columns are named (the definitions say so too). */
    static final String BAND_SCHEME = "band3";
    static final String INSTRUMENT = "instrument";
    static final String INFORMANT = "informant";
    static final String VERSION = "version";
    static final String AGE = "age";
    static final String SEX = "sex";
    /**
     * Whether either form's age is outside its instrument version's ages ({@code yes}/{@code no}; empty for an ORS
     * series row): the scorer's warning {@code age_outside_version}, which travels with the pair to the cohort.
     */
    static final String AGE_OUTSIDE_VERSION = "age_outside_version";
    /** The cells of a yes/no column. */
    static final String YES = "yes";
    static final String NO = "no";
    /** The Added Value Score's columns; the reading of a pairs file needs the first three. */
    static final String AVS = "avs";
    static final String AVS_EFFECT_SIZE = "avs_effect_size";
    static final String AVS_MODEL = "avs_model";
    private static final List<String> AVS_COLUMNS = List.of(AVS, AVS_EFFECT_SIZE, AVS_MODEL, "avs_note",
            "avs_caveat");
    /** The interval note of a pair without both dates. */
    static final String NO_DATES = "no_dates";
    private static final String ORS_PREFIX = "ors_";

    final String idHeader;
    final String family;
    /** The family of the instruments an ORS series measures outcome with: the instrument of its rows. */
    final String orsFamily;
    final String informant;
    final String version;
    final String prefix;
    final List<String> passThroughNames;
    final List<String> scoreNames;
    /** Every table, band and status of a pair comes from here: the answer hlt report shows too. */
    final ChangeRules rules;
    /** Per score, whether it has reliable change columns. */
    final boolean[] rciScores;
    /** Per score, whether it has band columns. */
    final boolean[] bandScores;
    final Optional<AddedValueModel> avsModel;
    final List<String> followUpQuestions;
    /** The raters of the ORS series joined, in the order self, parent, teacher, other; empty without one. */
    final List<String> orsRaters;
    final List<String> header;
    /** How many columns the SDQ scores take, from the first score's {@code _t1} to the follow-up answers. */
    final int sdqScoreColumns;

    /**
     * The columns for pairs read with {@code layout}.
     *
     * @param orsRaters the raters of the ORS series joined, if any (an empty list without a series)
     */
    PairColumns(SdqLayout layout, PairsKnowledge knowledge, List<String> orsRaters) {
        InstrumentDefinition definition = layout.forms[Timepoint.BASELINE.ordinal()].definition();
        rules = ChangeRules.of(knowledge.scorer().norms(), definition,
                layout.forms[Timepoint.FOLLOWUP.ordinal()].definition(), knowledge.model());
        orsFamily = orsFamily(knowledge.scorer().instruments());
        idHeader = layout.idHeader;
        family = definition.family();
        informant = definition.informant().code();
        version = definition.version();
        prefix = layout.prefix;
        passThroughNames = java.util.Arrays.stream(layout.passThroughColumns).mapToObj(layout.header::get).toList();
        scoreNames = rules.scoreNames();
        int n = scoreNames.size();
        rciScores = new boolean[n];
        bandScores = new boolean[n];
        for (int s = 0; s < n; s++) {
            rciScores[s] = rules.considersReliableChange(scoreNames.get(s));
            bandScores[s] = rules.considersBands(scoreNames.get(s));
        }
        avsModel = rules.addedValueModel();
        followUpQuestions = rules.followUpQuestions();
        this.orsRaters = List.copyOf(orsRaters);
        header = header();
        sdqScoreColumns = added().size() - FIXED_BEFORE_SCORES - orsColumns().size();
    }

    /** The columns after the pass-through ones and before the first score. */
    private static final List<String> CHILD_AND_DATES = List.of(AGE, SEX, "date_t1", "date_t2", "interval_days",
            "interval_note", "status_t1", "status_t2", AGE_OUTSIDE_VERSION);
    /** The columns before the first score among those added: instrument, informant, version, then those. */
    private static final int FIXED_BEFORE_SCORES = 3 + CHILD_AND_DATES.size();

    /** The ORS columns: the shared ones, then each rater's. */
    List<String> orsColumns() {
        if (orsRaters.isEmpty()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>(List.of("ors_episode", "ors_sessions", "ors_intake_session",
                "ors_latest_session", "ors_reliable_change_points"));
        for (String rater : orsRaters) {
            ScoreColumn.ORS.forEach(c -> columns.add(c.of(orsTotal(rater), "")));
        }
        return columns;
    }

    /** A rater's ORS total as the pairs file names it, e.g. {@code ors_self_total}. */
    static String orsTotal(String rater) {
        return ORS_PREFIX + rater + "_" + SessionResult.TOTAL;
    }

    /** The rater of an ORS total named as {@link #orsTotal} names it ({@code self} of {@code ors_self_total}). */
    static Optional<String> raterOfOrsTotal(String score) {
        String suffix = "_" + SessionResult.TOTAL;
        return score.startsWith(ORS_PREFIX) && score.endsWith(suffix)
                && score.length() > ORS_PREFIX.length() + suffix.length()
                ? Optional.of(score.substring(ORS_PREFIX.length(), score.length() - suffix.length()))
                : Optional.empty();
    }

    /**
     * The family of the instruments that the ORS/SRS rules say measure outcome (the ORS and its child versions),
     * from their definitions: the instrument of an ORS series row.
     */
    static String orsFamily(InstrumentCatalog instruments) {
        return OrsSrsRules.builtIn().measures().outcome().stream().map(instruments::find).flatMap(Optional::stream)
                .map(InstrumentDefinition::family).findFirst()
                .orElseThrow(() -> new IllegalStateException("no definition of an ORS outcome instrument"));
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of(idHeader));
        List<String> added = added();
        h.addAll(added.subList(0, 3));
        h.addAll(passThroughNames);
        h.addAll(added.subList(3, added.size()));
        return List.copyOf(h);
    }

    /** The columns this file adds to the id and the pass-through columns, in order. */
    private List<String> added() {
        List<String> h = new ArrayList<>(List.of(INSTRUMENT, INFORMANT, VERSION));
        h.addAll(CHILD_AND_DATES);
        String scheme = rules.bandScheme().orElse(BAND_SCHEME);
        for (int s = 0; s < scoreNames.size(); s++) {
            String name = prefixed(s);
            ScoreColumn.sdq(rciScores[s], bandScores[s]).forEach(c -> h.add(c.of(name, scheme)));
        }
        h.addAll(List.of("rci_sd_table", "rci_sd_confidence", "rci_reliability_table", "rci_reliability_confidence",
                "rci_note"));
        if (avsModel.isPresent()) {
            h.addAll(AVS_COLUMNS);
        }
        followUpQuestions.forEach(q -> h.add(prefix + q));
        h.addAll(orsColumns());
        return h;
    }

    /** A pass-through column of the input that this file also adds (compared ignoring case), if any. */
    Optional<String> clashWithInput() {
        List<String> added = added();
        for (String name : passThroughNames) {
            for (String column : added) {
                if (name.trim().equalsIgnoreCase(column)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The name of score {@code s} with the informant prefix, e.g. {@code pemotion}. */
    String prefixed(int s) {
        return prefix + scoreNames.get(s);
    }

    /** Lower case, for messages. */
    String describe() {
        return informant + " " + family.toUpperCase(Locale.ROOT) + " " + version;
    }
}
