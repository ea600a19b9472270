package se.hlt.assessment.norms;

import java.util.ArrayList;
import java.util.List;

/** The checks on a norms table that its JSON Schema cannot express. */
final class NormTableCheck {

    private NormTableCheck() {
    }

    /** Every problem with {@code table}; empty when it is consistent. */
    static List<String> problems(NormTable table) {
        List<String> problems = new ArrayList<>();
        if (table.ages().min() > table.ages().max()) {
            problems.add("ages: min is above max");
        }
        table.bands().ifPresent(bands -> bands.scores().forEach((score, ranges) -> {
            for (int i = 0; i < ranges.size(); i++) {
                BandRange r = ranges.get(i);
                String where = "bands.scores." + score + "[" + i + "]";
                if (r.min() > r.max()) {
                    problems.add(where + ": min " + r.min() + " is above max " + r.max());
                }
                for (int j = 0; j < i; j++) {
                    BandRange other = ranges.get(j);
                    if (r.min() <= other.max() && other.min() <= r.max()) {
                        problems.add(where + ": overlaps band '" + other.band() + "'");
                    }
                }
            }
        }));
        return problems;
    }
}
