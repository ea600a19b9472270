package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.norms.NormsCatalog;
import se.hlt.assessment.scoring.BandScheme;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.NormComparison;
import se.hlt.assessment.scoring.NormScore;
import se.hlt.assessment.scoring.Problem;
import se.hlt.assessment.scoring.ReportedAnswer;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.ScoreKind;
import se.hlt.assessment.scoring.Warning;

/** Prints a scored form as a readable table for a key person, in English or Swedish. */
final class ResultText {

    private final Messages m;
    private final Locale locale;

    ResultText(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
    }

    /** Prints {@code result} of a form of {@code definition} (empty when the instrument is unknown). */
    void print(FormResult result, Optional<InstrumentDefinition> definition, PrintWriter out) {
        String title = definition.map(d -> d.name().in(locale)).orElse(result.instrument());
        out.println(title + "  (" + result.instrument() + ")");
        List<String> child = new ArrayList<>();
        result.context().id().ifPresent(id -> child.add(m.get("child.id", id)));
        result.context().age().ifPresent(age -> child.add(m.get("child.age", age)));
        result.context().sex().ifPresent(sex -> child.add(m.get("sex." + sex.code())));
        if (!child.isEmpty()) {
            out.println(m.get("child") + ": " + String.join(", ", child));
        }
        out.println();
        if (!result.isValid()) {
            out.println(m.get("status.invalid.explained"));
            for (Problem p : result.problems()) {
                out.println("  - " + problem(p));
            }
            return;
        }
        printScores(result, definition, out);
        out.println();
        out.println(m.get("status") + ": " + m.get("status." + result.status().code()));
        if (result.scores().stream().anyMatch(Score::prorated)) {
            out.println(m.get("prorated.explained"));
        }
        printReported(result, out);
        printBandSources(result, out);
        printNorms(result, definition, out);
        for (Warning w : result.warnings()) {
            out.println(m.get("warning") + ": " + warning(w));
        }
    }

    private void printScores(FormResult result, Optional<InstrumentDefinition> definition, PrintWriter out) {
        List<BandScheme> schemes = result.bandSchemes();
        int nameWidth = 12;
        for (Score s : result.scores()) {
            nameWidth = Math.max(nameWidth, scoreLabel(s.name(), definition).length());
        }
        StringBuilder header = new StringBuilder(pad(m.get("column.scale"), nameWidth))
                .append("  ").append(padLeft(m.get("column.score"), 5))
                .append("  ").append(pad(m.get("column.items"), 7));
        for (BandScheme scheme : schemes) {
            header.append("  ").append(pad(m.getOrElse("scheme." + scheme.scheme(), scheme.scheme()), 20));
        }
        out.println(header.toString().stripTrailing());
        for (Score s : result.scores()) {
            StringBuilder line = new StringBuilder(pad(scoreLabel(s.name(), definition), nameWidth)).append("  ");
            line.append(padLeft(s.decimal().map(d -> Numbers.text(d, locale)).orElse("–"), 5));
            String items = s.kind() == ScoreKind.COMPOSITE ? ""
                    : s.answered() + "/" + s.outOf() + (s.prorated() ? " *" : "");
            line.append("  ").append(pad(items, 7));
            for (BandScheme scheme : schemes) {
                String band = s.band(scheme.scheme()).map(this::band).orElse(s.isPresent() ? "" : "–");
                line.append("  ").append(pad(band, 20));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void printReported(FormResult result, PrintWriter out) {
        List<String> answers = new ArrayList<>();
        for (ReportedAnswer r : result.reported()) {
            String answer = r.option().map(o -> m.getOrElse("option." + o, o)).orElse("–");
            answers.add(m.getOrElse("question." + r.question(), r.question()) + ": " + answer);
        }
        if (!answers.isEmpty()) {
            out.println(m.get("reported") + ": " + String.join("; ", answers));
        }
    }

    private void printBandSources(FormResult result, PrintWriter out) {
        for (BandScheme scheme : result.bandSchemes()) {
            String name = m.getOrElse("scheme." + scheme.scheme(), scheme.scheme());
            if (scheme.table().isPresent()) {
                var t = scheme.table().get();
                out.println(name + ": " + t.title().in(locale) + " [" + m.get("confidence."
                        + t.source().confidence().code()) + "; " + t.id() + "]");
            } else {
                out.println(name + ": " + m.get("scheme.none"));
            }
        }
    }

    private void printNorms(FormResult result, Optional<InstrumentDefinition> definition, PrintWriter out) {
        boolean familyHasNorms = definition.map(d -> NormsCatalog.builtIn().all().stream()
                .anyMatch(t -> t.instrument().equals(d.family()))).orElse(false);
        if (result.norms().isEmpty() && !familyHasNorms) {
            return; // no norms exist for this instrument (ORS/SRS): nothing to say
        }
        if (result.norms().isEmpty()) {
            boolean partial = result.context().age().isEmpty() || result.context().sex().isEmpty();
            out.println(m.get("norms.none") + (partial ? " " + m.get("norms.none.hint") : ""));
            return;
        }
        int width = result.scores().stream().mapToInt(sc -> scoreLabel(sc.name(), definition).length()).max()
                .orElse(12);
        for (NormComparison c : result.norms()) {
            out.println();
            out.println(m.get("norms.compared", c.table().title().in(locale)) + " [" + m.get("confidence."
                    + c.table().source().confidence().code()) + "; " + c.table().id() + "]");
            boolean anyZ = c.scores().stream().anyMatch(sc -> sc.z().isPresent());
            for (NormScore s : c.scores()) {
                StringBuilder line = new StringBuilder("  ").append(pad(scoreLabel(s.score(), definition), width));
                if (anyZ) {
                    line.append(s.z().isPresent()
                            ? padLeft(String.format(locale, "z %+.2f", s.z().getAsDouble()), 8) : pad("", 8));
                }
                s.band().ifPresent(b -> line.append("  ").append(band(b)));
                if (s.z().isPresent()) {
                    line.append("  (").append(m.get("norms.direction." + s.direction().code())).append(')');
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    private String scoreLabel(String score, Optional<InstrumentDefinition> definition) {
        return definition.flatMap(d -> d.scoreLabel(score)).map(l -> l.in(locale)).orElse(score);
    }

    private String band(String band) {
        return m.getOrElse("band." + band, band.replace('_', ' '));
    }

    /** A problem in the chosen language, naming the field: as the library words it, what is allowed too. */
    String problem(Problem p) {
        return p.message(m.locale());
    }

    /** A warning in the chosen language. */
    String warning(Warning w) {
        return m.get("warning." + w.kind().code(), w.field(), w.detail());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
