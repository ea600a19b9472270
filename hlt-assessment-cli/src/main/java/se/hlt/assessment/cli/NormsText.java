package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import se.hlt.assessment.norms.NormTable;

/** Prints one norms table in full for a reader who wants to check where numbers come from. */
final class NormsText {

    private final Messages m;

    NormsText(Messages messages) {
        this.m = messages;
    }

    void print(NormTable t, PrintWriter out) {
        Locale locale = m.locale();
        out.println(t.title().in(locale) + "  (" + t.id() + ")");
        out.println(m.get("norms.describes", m.get("informant." + t.informant().code()), String.join(", ",
                t.versions()), t.ages().toString(), m.get("norms.sex." + t.sex()), t.country()));
        t.sampleSize().ifPresent(n -> out.println(m.get("norms.sample", n)));
        out.println(m.get("norms.confidence") + ": " + m.get("confidence." + t.source().confidence().code()));
        out.println(m.get("norms.citation") + ": " + t.source().citation()
                + t.source().citationNote().map(n -> " " + n).orElse(""));
        t.source().url().ifPresent(u -> out.println("URL: " + u));
        t.source().note().ifPresent(n -> out.println(m.get("norms.note") + ": " + n));
        if (!t.meanSd().isEmpty()) {
            out.println();
            out.println(m.get("norms.holds.meansd") + ":");
            t.meanSd().forEach((score, v) -> out.printf(locale, "  %-8s %5.1f (%.1f)%n", score, v.mean(), v.sd()));
        }
        t.reliability().ifPresent(r -> {
            out.println();
            out.println(m.get("norms.holds.reliability") + " (" + r.kind() + "):");
            r.values().forEach((score, v) -> out.printf(locale, "  %-8s %.2f%n", score, v));
        });
        t.bands().ifPresent(b -> {
            out.println();
            out.println(m.getOrElse("scheme." + b.scheme(), b.scheme()) + ":");
            b.scores().forEach((score, ranges) -> out.println("  " + String.format("%-8s ", score)
                    + ranges.stream().map(r -> m.getOrElse("band." + r.band(), r.band()) + " "
                            + (r.min() == r.max() ? String.valueOf(r.min()) : r.min() + "–" + r.max()))
                    .collect(Collectors.joining(" | "))));
        });
    }
}
