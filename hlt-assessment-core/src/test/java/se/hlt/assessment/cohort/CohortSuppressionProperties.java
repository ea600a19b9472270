package se.hlt.assessment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.hlt.assessment.instrument.Direction;

/**
 * Whatever the group sizes, a cohort report never reveals the count of a hidden group: no shown count is below
 * the minimum, and no hidden count can be worked out by subtraction, because every sum the report shows with its
 * parts (a row's cells and its total, a column's cells and its total, the row totals or the column totals and the
 * overall total) has either no hidden part or at least two. Every score's count obeys the same pattern.
 */
class CohortSuppressionProperties {

    private static final List<CohortScale> SCALES = List.of(
            CohortScale.sdqParent("pemotion", Direction.HIGHER_IS_WORSE),
            CohortScale.sdqParent("pebdtot", Direction.HIGHER_IS_WORSE));

    @Property(tries = 300)
    void noHiddenCountCanBeWorkedOut(@ForAll("sizes") List<List<Integer>> sizes,
                                     @ForAll @IntRange(min = 1, max = 8) int minimum) {
        int rows = sizes.size();
        int columns = sizes.get(0).size();
        List<List<String>> keys = new ArrayList<>();
        CohortTally tally = new CohortTally(SCALES.size());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int group = keys.size();
                keys.add(List.of("area" + r, "band" + c));
                int n = sizes.get(r).get(c);
                for (int i = 0; i < n; i++) {
                    tally.pair(group);
                    tally.scores(group, 0, 5, 4);
                    if (i % 3 != 0) { // some pairs without a total difficulties score: a second, smaller count
                        tally.scores(group, 1, 20, 18);
                    }
                }
            }
        }
        CohortReport report = CohortReport.of(new Grouping(List.of("area", "band")), keys, tally, SCALES,
                Optional.empty(), minimum);

        for (CohortGroup g : report.groups()) {
            if (!g.status().isHidden()) {
                assertTrue(g.pairs().getAsInt() >= minimum, "shown pairs " + g);
                for (ScaleFigures f : g.scales()) {
                    assertTrue(f.n() == 0 || f.n() >= minimum, "shown " + f.scale() + " count " + f.n());
                }
            }
        }
        assertEquals(rows * columns + rows + columns + 1, report.groups().size(), "cells and every total");
        for (int r = 0; r < rows; r++) {
            assertSafe(row(report, r), "row " + r);
        }
        for (int c = 0; c < columns; c++) {
            assertSafe(column(report, c), "column " + c);
        }
        assertSafe(level(report, GroupLevel.ROW_TOTAL), "row totals");
        assertSafe(level(report, GroupLevel.COLUMN_TOTAL), "column totals");
        assertEquals(report.hidden(), report.groups().stream().filter(g -> g.status().isHidden()).count());
    }

    @Provide
    Arbitrary<List<List<Integer>>> sizes() {
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 14).edgeCases(c -> c.add(1).add(4).add(5));
        return Arbitraries.integers().between(1, 4).flatMap(columns ->
                size.list().ofSize(columns).list().ofMinSize(1).ofMaxSize(4));
    }

    /** An equation whose parts are shown or hidden: one hidden part alone could be worked out. */
    private static void assertSafe(List<CohortGroup> equation, String what) {
        long hidden = equation.stream().filter(g -> g.status().isHidden()).count();
        assertTrue(hidden != 1, what + " has exactly one hidden count: " + equation.stream()
                .map(g -> g.values() + "=" + g.status()).toList());
    }

    /** Row {@code r}'s cells and its total. */
    private static List<CohortGroup> row(CohortReport report, int r) {
        return report.groups().stream().filter(g -> g.values().get(0).equals("area" + r)).toList();
    }

    /** Column {@code c}'s cells and its total. */
    private static List<CohortGroup> column(CohortReport report, int c) {
        return report.groups().stream().filter(g -> g.values().get(1).equals("band" + c)).toList();
    }

    private static List<CohortGroup> level(CohortReport report, GroupLevel level) {
        List<CohortGroup> parts = new ArrayList<>(report.groups().stream().filter(g -> g.level() == level).toList());
        parts.add(total(report));
        return parts;
    }

    private static CohortGroup total(CohortReport report) {
        return report.groups().stream().filter(g -> g.level() == GroupLevel.TOTAL).findFirst().orElseThrow();
    }
}
