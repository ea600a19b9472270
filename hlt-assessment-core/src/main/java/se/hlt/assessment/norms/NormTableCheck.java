package se.hlt.assessment.norms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/** The checks on a norms table that its JSON Schema cannot express. */
final class NormTableCheck {

    private NormTableCheck() {
    }

    /** Every problem with {@code table}; empty when it is consistent. */
    static List<String> problems(NormTable table) {
        List<String> problems = new ArrayList<>();
        // the texts a command prints (norms list, norms show, every result's sources): never a personal number
        Map<String, String> printed = new LinkedHashMap<>(Map.of("id", table.id(), "title.en", table.title().en(),
                "title.sv", table.title().sv(), "source.citation", table.source().citation()));
        table.source().note().ifPresent(note -> printed.put("source.note", note));
        table.bands().ifPresent(b -> b.scores().forEach((score, ranges) -> ranges.forEach(r ->
                printed.put("bands.scores." + score, printed.getOrDefault("bands.scores." + score, "") + " " + r.band()))));
        printed.forEach((field, text) -> {
            if (PersonalIdentityNumbers.looksLike(text)) {
                problems.add(field + ": looks like a personal identity number (the value is not repeated)");
            }
        });
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
            gaps(ranges).forEach(gap -> problems.add("bands.scores." + score + ": no band for " + gap));
        }));
        return problems;
    }

    /** The score values between the lowest and the highest band that no band covers, e.g. {@code 4-5}. */
    private static List<String> gaps(List<BandRange> ranges) {
        List<BandRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(BandRange::min));
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            int from = sorted.get(i - 1).max() + 1;
            int to = sorted.get(i).min() - 1;
            if (from <= to) {
                gaps.add(from == to ? String.valueOf(from) : from + "-" + to);
            }
        }
        return gaps;
    }
}
