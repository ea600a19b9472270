package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However the forms of a set of children are spread over the files (duplicates, orphans, rows that cannot be
 * scored, rows without an id, follow-ups dated before their baseline, in two files or one), every input row ends
 * up in exactly one place, the one it belongs in: {@code rows = 2 x pairs + unmatched + conflicts + errors}.
 */
class PairingReconciliationProperties {

    /**
     * One child's forms.
     *
     * @param baselines how many baseline forms
     * @param followUps how many follow-up forms
     * @param badForms how many of the child's forms (the first ones) have a cell that cannot be read
     * @param backwards whether the follow-ups are dated before the baselines
     * @param noId whether the child's forms have an empty id
     */
    record Child(int baselines, int followUps, int badForms, boolean backwards, boolean noId) {
    }

    /** A generated row: its tag (in a pass-through column), child, timepoint, and whether it can be scored. */
    record Row(String tag, int child, boolean followUp, boolean bad, String date) {
    }

    @Property(tries = 60)
    void everyRowEndsUpInExactlyOnePlace(@ForAll("children") List<Child> children, @ForAll boolean oneFile,
                                         @ForAll boolean semicolons) {
        List<Row> rows = rows(children);
        Map<String, String> expected = oracle(children, rows);
        CompareHarness.Ran ran = TempDirs.inFreshDir(dir -> run(new CompareHarness(dir), children, rows, oneFile,
                semicolons ? ";" : ","));

        // where each input line went, by (file, row) as the tool reports it
        Map<String, String> tagAt = new HashMap<>();
        for (Row r : rows) {
            tagAt.put(place(r, rows, oneFile), r.tag());
        }
        Map<String, String> found = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, String> pair : ran.pairs()) {
            String baselineTag = pair.get("tag");
            int child = Integer.parseInt(baselineTag.split("-")[0].substring(1));
            Row followUp = rows.stream().filter(r -> r.child() == child && r.followUp() && !r.bad()).findFirst()
                    .orElseThrow();
            note(found, seen, baselineTag, "pair");
            note(found, seen, followUp.tag(), "pair");
        }
        for (Map<String, String> u : ran.unpaired()) {
            note(found, seen, tagAt.get(u.get("file") + ":" + u.get("row")), u.get("outcome"));
        }
        for (Map<String, String> e : ran.errors()) {
            note(found, seen, tagAt.get(e.get("file") + ":" + e.get("row")), "error");
        }

        assertEquals(new TreeMap<>(expected), found, "each row where it belongs");
        assertEquals(rows.size(), seen.size());
        seen.forEach((tag, times) -> assertEquals(1, times, tag + " appears once"));
        CompareSummary s = ran.summary();
        assertEquals(rows.size(), s.rows());
        assertEquals(s.rows(), 2 * s.pairs() + s.unmatched() + s.conflicts() + s.errors());
        assertEquals(count(expected, "pair"), 2 * s.pairs());
        assertEquals(count(expected, "unmatched"), s.unmatched());
        assertEquals(count(expected, "conflict"), s.conflicts());
        assertEquals(count(expected, "error"), s.errors());
    }

    @Provide
    Arbitrary<List<Child>> children() {
        Arbitrary<Integer> some = Arbitraries.integers().between(0, 2).edgeCases(c -> c.add(1));
        Arbitrary<Child> child = Combinators.combine(some, some, Arbitraries.integers().between(0, 1),
                Arbitraries.of(false, false, false, true), Arbitraries.of(false, false, false, false, true))
                .as(Child::new);
        return child.list().ofMaxSize(25);
    }

    private static List<Row> rows(List<Child> children) {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < children.size(); c++) {
            Child child = children.get(c);
            int forms = 0;
            LocalDate start = LocalDate.of(2025, 1, 10).plusDays(c);
            for (int b = 0; b < child.baselines(); b++) {
                rows.add(new Row("c" + c + "-b" + b, c, false, forms++ < child.badForms(), start.toString()));
            }
            for (int f = 0; f < child.followUps(); f++) {
                LocalDate date = child.backwards() ? start.minusDays(10) : start.plusMonths(4);
                rows.add(new Row("c" + c + "-f" + f, c, true, forms++ < child.badForms(), date.toString()));
            }
        }
        // interleave the children's rows, deterministically
        List<Row> mixed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            mixed.add(rows.get((int) ((i * 7L) % rows.size())));
        }
        return rows.size() % 7 == 0 ? rows : mixed;
    }

    /** Where each row belongs: pair, unmatched, conflict or error. */
    private static Map<String, String> oracle(List<Child> children, List<Row> rows) {
        Map<String, String> expected = new HashMap<>();
        for (Row r : rows) {
            Child child = children.get(r.child());
            long baselines = rows.stream().filter(o -> o.child() == r.child() && !o.followUp() && !o.bad()).count();
            long followUps = rows.stream().filter(o -> o.child() == r.child() && o.followUp() && !o.bad()).count();
            String where;
            if (r.bad()) {
                where = "error";
            } else if (child.noId()) {
                where = "unmatched";
            } else if (baselines > 1 || followUps > 1) {
                where = "conflict";
            } else if (baselines == 0 || followUps == 0) {
                where = "unmatched";
            } else {
                where = child.backwards() ? "conflict" : "pair";
            }
            expected.put(r.tag(), where);
        }
        return expected;
    }

    private static CompareHarness.Ran run(CompareHarness h, List<Child> children, List<Row> rows, boolean oneFile,
                                          String delimiter) {
        String[] extra = oneFile ? new String[] {"timepoint", "date", "tag"} : new String[] {"date", "tag"};
        SdqCsv baselines = SdqCsv.withPrefix("p", extra).delimiter(delimiter);
        SdqCsv followUps = SdqCsv.withPrefix("p", extra).delimiter(delimiter);
        for (Row r : rows) {
            SdqCsv file = oneFile || !r.followUp() ? baselines : followUps;
            Map<String, String> cells = SdqCsv.cells("date", r.date(), "tag", r.tag(), "pconsid", r.bad() ? "7" : "1");
            if (oneFile) {
                cells.put("timepoint", r.followUp() ? "followup" : "baseline");
            }
            file.row(children.get(r.child()).noId() ? "" : "k" + r.child(), "1", cells);
        }
        return oneFile ? h.one(baselines.text(), CompareOptions.defaults())
                : h.two(baselines.text(), followUps.text(), CompareOptions.defaults());
    }

    /** {@code file:row} of {@code r}, as the unpaired and errors files name it. */
    private static String place(Row r, List<Row> rows, boolean oneFile) {
        int row = 1;
        for (Row o : rows) {
            if (oneFile || o.followUp() == r.followUp()) {
                row++;
            }
            if (o == r) {
                break;
            }
        }
        return (oneFile ? "input" : r.followUp() ? "followup" : "baseline") + ":" + row;
    }

    private static void note(Map<String, String> found, Map<String, Integer> seen, String tag, String where) {
        found.put(tag, where);
        seen.merge(tag, 1, Integer::sum);
    }

    private static long count(Map<String, String> expected, String where) {
        return expected.values().stream().filter(where::equals).count();
    }
}
