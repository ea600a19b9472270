package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import se.hlt.assessment.instrument.Label;
import se.hlt.assessment.scoring.TableRef;

/**
 * A cohort report of one instrument and informant (each informant's ratings are reported on their own, as a
 * parent's are never compared with a teacher's): the change of every score for each group of pairs, as a
 * county's follow-up shows it ({@code hlt-context.md}), with small groups hidden before it leaves the team.
 *
 * <p><b>Groups.</b> The columns the user groups by make a table: the last column's values are its columns, the
 * combinations of the others its rows. The report has every cell, every row's total and every column's total
 * (with two or more grouping columns), and the total of all pairs.
 *
 * <p><b>Small cells.</b> A group is hidden when any of its own counts (its pairs, or its pairs with a given score;
 * a total's are the sums of its cells') is below the minimum, and further groups are hidden where needed so that
 * no hidden count can be worked out or narrowed from what is shown ({@link SmallCellSuppression}, on the table of
 * pairs and the table of each score's pairs at once, so that every score hides the same groups). A hidden group
 * keeps its values and the word hidden, nothing else: not why. Within a shown group, a percentage that rests on fewer children than the minimum is left
 * out too ({@link ScaleFigures}).
 *
 * @param instrument the instrument family, e.g. {@code sdq}
 * @param informant whose ratings, e.g. {@code parent}
 * @param grouping the grouping columns
 * @param minimum the smallest count shown
 * @param scales the scores reported, in order
 * @param groups every group: row by row, each row's cells then its total; then the column totals; then the total
 * @param hidden how many groups are hidden
 * @param ageOutsideVersion of all the pairs, those with a form whose age is outside its instrument version's ages
 *     (the scorer's warning {@code age_outside_version}, carried in the pairs file); unknown when the total is
 *     hidden
 */
public record CohortReport(String instrument, String informant, Grouping grouping, int minimum,
                           List<CohortScale> scales, List<CohortGroup> groups, int hidden,
                           FlaggedPairs ageOutsideVersion) {

    /** Checks the parts and copies the lists. */
    public CohortReport {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(informant, "informant");
        Objects.requireNonNull(grouping, "grouping");
        scales = List.copyOf(scales);
        groups = List.copyOf(groups);
        ageOutsideVersion = ageOutsideVersion == null ? FlaggedPairs.unknown() : ageOutsideVersion;
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count must be 1 or more: " + minimum);
        }
        groups.forEach(g -> grouping.check(g.values())); // a value per grouping column, which the audit places by
        if (hidden != groups.stream().filter(g -> g.status().isHidden()).count()) {
            throw new IllegalArgumentException("hidden " + hidden + " is not the number of hidden groups");
        }
    }

    /**
     * The report of {@code tally}: pairs of one instrument and informant, whose scores are {@code scales}.
     *
     * @param grouping the grouping columns
     * @param cellKeys each group number's values, one per grouping column (for no grouping column, one empty
     *     list: everyone is in group 0)
     * @param tally the pairs tallied by group, numbered as in {@code cellKeys}
     * @param scales the scores of the pairs, in their order; all of one instrument and informant
     * @param addedValueModel the model the pairs' Added Value Scores come from, if they have any
     * @param minimum the smallest count shown, 1 or more
     * @throws IllegalArgumentException if the scores are of more than one instrument or informant, or none
     */
    public static CohortReport of(Grouping grouping, List<List<String>> cellKeys, CohortTally tally,
                                  List<CohortScale> scales, Optional<TableRef> addedValueModel, int minimum) {
        if (scales.stream().map(s -> s.instrument() + "/" + s.informant()).distinct().count() != 1) {
            throw new IllegalArgumentException("a report is of the scores of one instrument and informant");
        }
        return new CohortTable(grouping, cellKeys, tally, scales, addedValueModel, minimum).report();
    }

    /**
     * The reports of pairs of several instruments and informants tallied together, one per instrument and
     * informant in the order first met: each takes its own groups and its own scores.
     *
     * @param grouping the grouping columns
     * @param groupKeys each group number's values: its instrument and informant, then one per grouping column
     * @param tally the pairs tallied by group, numbered as in {@code groupKeys}, and by score, as in {@code scales}
     * @param scales the scores of all the pairs; each report takes those of its instrument and informant
     * @param addedValueModel the model the pairs' Added Value Scores come from, if any have one
     * @param minimum the smallest count shown, 1 or more
     */
    public static List<CohortReport> perInstrument(Grouping grouping, List<List<String>> groupKeys,
                                                   CohortTally tally, List<CohortScale> scales,
                                                   Optional<TableRef> addedValueModel, int minimum) {
        // a group whose instrument and informant have no scores (a row of empty cells, an unknown instrument) holds
        // no pair: its rows were left out as they were read, and it makes no report
        List<List<String>> parts = groupKeys.stream().map(k -> k.subList(0, 2)).distinct()
                .filter(part -> scales.stream().anyMatch(s -> s.instrument().equals(part.get(0))
                        && s.informant().equals(part.get(1))))
                .toList();
        List<CohortReport> reports = new ArrayList<>();
        for (List<String> part : parts) {
            List<Integer> groups = new ArrayList<>();
            List<List<String>> keys = new ArrayList<>();
            for (int g = 0; g < groupKeys.size(); g++) {
                if (groupKeys.get(g).subList(0, 2).equals(part)) {
                    groups.add(g);
                    keys.add(groupKeys.get(g).subList(2, groupKeys.get(g).size()));
                }
            }
            int[] own = IntStream.range(0, scales.size()).filter(s -> scales.get(s).instrument().equals(part.get(0))
                    && scales.get(s).informant().equals(part.get(1))).toArray();
            List<CohortScale> partScales = IntStream.of(own).mapToObj(scales::get).toList();
            Optional<TableRef> model = partScales.stream().anyMatch(CohortScale::addedValue) ? addedValueModel
                    : Optional.empty();
            reports.add(of(grouping, keys, tally.select(groups.stream().mapToInt(Integer::intValue).toArray(), own),
                    partScales, model, minimum));
        }
        return reports;
    }

    /**
     * Why this report shows something its hiding should protect, if it does: a report read back from a file (which
     * anyone may have edited) is audited as {@code hlt cohort} audited it when it was made. Empty for a report the
     * library made, and for an unedited file.
     *
     * @return the flaw in a phrase in English and Swedish, e.g. "a group shown with a count below the minimum of 5"
     */
    public Optional<Label> disclosureFlaw() {
        return PublishedTable.flaw(this);
    }

    /** What was hidden, in one sentence in English and Swedish, for the foot of the table. */
    public Label note() {
        return SuppressedTable.note(hidden, minimum);
    }
}
