package se.hlt.assessment.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import se.hlt.assessment.cohort.AgeBands;
import se.hlt.assessment.cohort.CellStatus;
import se.hlt.assessment.cohort.CohortGroup;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.cohort.CohortScale;
import se.hlt.assessment.cohort.Descriptives;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.cohort.FlaggedPairs;
import se.hlt.assessment.cohort.Grouping;
import se.hlt.assessment.cohort.ScaleFigures;
import se.hlt.assessment.comparison.AddedValueModel;
import se.hlt.assessment.instrument.AgeRange;
import se.hlt.assessment.instrument.InstrumentCatalog;
import se.hlt.assessment.scoring.BandNames;

/**
 * How the figures of a cohort report read in Swedish or English, the same in the terminal table
 * ({@code hlt cohort}) and on the printed page ({@code hlt report --cohort}): group names, score names, means
 * with SDs, estimates with CIs, p-values and percentages, with the locale's decimal sign.
 */
public final class CohortFormat {

    /** What a figure that is missing shows. */
    public static final String NONE = "–";

    private final Messages m;
    private final Locale locale;

    /** Figures in the language of {@code messages}. */
    public CohortFormat(Messages messages) {
        this.m = messages;
        this.locale = messages.locale();
    }

    /**
     * A grouping column's name as a reader sees it: a column the tool itself names and fills (the age band it
     * derives, the sex it writes in the pairs file) in the chosen language, e.g. {@code åldersgrupp}; a column of
     * the user's (an area) as it is. The cohort CSV keeps the names as they are, for scripts.
     */
    public String columnName(String column) {
        return m.getOrElse("cohort.column." + column, column);
    }

    /** The group's name, e.g. "area: Norr · ageband: 6–12 years", or "All pairs" with no grouping column. */
    public String groupName(Grouping grouping, CohortGroup group) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < grouping.columns().size(); c++) {
            String column = grouping.columns().get(c);
            parts.add(columnName(column) + ": " + value(column, group.values().get(c)));
        }
        return parts.isEmpty() ? m.get("cohort.everyone") : String.join(" · ", parts);
    }

    /** What a hidden group shows: one word, never why (which are the small ones would tell where to look). */
    public String hidden() {
        return m.get("cohort.hidden");
    }

    /** A shown group's pairs and their shares, e.g. "8 pairs, 50.0 % of all pairs". */
    public String pairs(CohortGroup group) {
        StringBuilder line = new StringBuilder(m.get("cohort.pairs", format("%,d", group.pairs().orElseThrow())));
        group.percentOfAll().ifPresent(p -> line.append(", ").append(m.get("cohort.share.all", format("%.1f", p))));
        group.percentOfRow().ifPresent(p -> line.append(", ").append(m.get("cohort.share.row", format("%.1f", p))));
        return line.toString();
    }

    private String value(String column, String value) {
        if (value.equals(Grouping.ALL)) {
            return m.get("cohort.all");
        }
        if (value.isEmpty()) {
            // a row without a value in the column (an ORS series row whose child has no SDQ row to take it from):
            // a group of its own, named, never a bare dash that reads as a missing figure
            return m.get("cohort.unknown");
        }
        if (column.equals(Grouping.AGEBAND)) {
            return AgeBands.hlt().labelOf(value).map(l -> l.in(locale)).orElse(value);
        }
        if (column.contains("_band")) { // a level the pairs file writes, e.g. pemotion_band3_t1: abnormal
            return BandNames.label(value, locale).orElse(value);
        }
        // a value the tool writes (sex: female) in the chosen language; a user's own value (an area) as it is
        return m.getOrElse("cohort.value." + column + "." + value, value);
    }

    /** The score's name in the chosen language, e.g. "Emotional problems", "ORS: Total". */
    public String scaleName(CohortScale scale) {
        String column = scale.name();
        if (!scale.instrument().equals("sdq")) {
            // an ORS rater's total, e.g. ors_self_total: the family's total, named as its definitions name it
            return InstrumentCatalog.builtIn().all().stream().filter(d -> d.family().equals(scale.instrument()))
                    .map(d -> d.scoreLabel("total")).flatMap(Optional::stream).findFirst()
                    .map(l -> "ORS: " + l.in(locale)).orElse(column);
        }
        String score = column.substring(1);
        return InstrumentCatalog.builtIn().all().stream()
                .filter(d -> d.variablePrefix().equals(column.substring(0, 1)))
                .map(d -> d.scoreLabel(score)).flatMap(Optional::stream).findFirst()
                .map(l -> l.in(locale)).orElse(column);
    }

    /** A count, with the locale's grouping, e.g. "1 234" or "1,234". */
    public String count(int n) {
        return format("%,d", n);
    }

    /** A mean and, when there is one, its SD in brackets: "6.00 (2.14)". */
    public String meanSd(Optional<Descriptives> d) {
        return d.map(x -> format("%.2f", x.mean()) + (x.sd().isPresent()
                ? " (" + format("%.2f", x.sd().getAsDouble()) + ")" : "")).orElse(NONE);
    }

    /** An estimate and, when there is one, its 95% CI: "-1.00 [-2.55, 0.55]". */
    public String estimate(Optional<Estimate> estimate) {
        if (estimate.isEmpty()) {
            return NONE;
        }
        Estimate e = estimate.get();
        return format("%.2f", e.value()) + e.ci95().map(ci -> " [" + format("%.2f", ci.lower()) + ", "
                + format("%.2f", ci.upper()) + "]").orElse("");
    }

    /** An estimate alone, without its CI: "-1.00". */
    public String value(Optional<Estimate> estimate) {
        return estimate.map(e -> format("%.2f", e.value())).orElse(NONE);
    }

    /** An estimate's 95% CI alone, "[-2.55, 0.55]", or empty when it has none. */
    public String interval(Optional<Estimate> estimate) {
        return estimate.flatMap(Estimate::ci95).map(ci -> "[" + format("%.2f", ci.lower()) + ", "
                + format("%.2f", ci.upper()) + "]").orElse("");
    }

    /** A mean alone: "6.00". */
    public String mean(Optional<Descriptives> d) {
        return d.map(x -> format("%.2f", x.mean())).orElse(NONE);
    }

    /** An SD in brackets, "(2.14)", or empty when there is none. */
    public String sd(Optional<Descriptives> d) {
        return d.filter(x -> x.sd().isPresent()).map(x -> "(" + format("%.2f", x.sd().getAsDouble()) + ")")
                .orElse("");
    }

    /**
     * The note on the pairs with a form aged outside its version, "Pairs with a form ...: 12.", or empty when
     * there are none (or the report cannot say).
     */
    public String ageOutsideVersionNote(CohortReport report) {
        FlaggedPairs flagged = report.ageOutsideVersion();
        if (!flagged.any()) {
            return "";
        }
        String count = flagged.count().isPresent() ? count(flagged.count().getAsInt())
                : m.get("cohort.fewer.than", String.valueOf(report.minimum()));
        return m.get("cohort.note.age.version", count);
    }

    /** The n a share rests on, "of 13", or empty when it has none shown. */
    public String ofN(OptionalInt n) {
        return n.isPresent() ? m.get("cohort.of.n", count(n.getAsInt())) : "";
    }

    /** A whole percentage with the n it rests on, "29 % of 7", or the missing mark. */
    public String percentOf(OptionalDouble value, OptionalInt n) {
        return value.isPresent() && n.isPresent() ? m.get("cohort.of", percent(value), count(n.getAsInt()))
                : percent(value);
    }

    /**
     * The counts beside a mean Added Value Score: the children it rests on and those left out as the model does
     * not cover them, "n 13; 29 left out", or empty when there are none to show.
     */
    public String addedValueCounts(ScaleFigures f) {
        return String.join("; ", addedValueCountParts(f));
    }

    /** The same counts one by one, "13 children", "29 left out", for a narrow column. */
    public List<String> addedValueCountParts(ScaleFigures f) {
        List<String> parts = new ArrayList<>();
        f.addedValueN().ifPresent(n -> parts.add(m.get("cohort.avs.n", count(n))));
        if (f.addedValueLeftOut().isPresent()) {
            if (f.addedValueLeftOut().getAsInt() > 0) {
                parts.add(m.get("cohort.avs.left.out", count(f.addedValueLeftOut().getAsInt())));
            }
        } else if (f.missing().stream().anyMatch(x -> x.statistic().equals(ScaleFigures.AVS_LEFT_OUT))) {
            parts.add(m.get("cohort.avs.left.out.hidden"));
        }
        return parts;
    }

    /** The ages the Added Value Score model covers, as the library's model says, e.g. "5–16". */
    public String addedValueAges() {
        AgeRange ages = AddedValueModel.ford2009().ages();
        return ages.min() + "\u2013" + ages.max();
    }

    /** The reliable change shares as bare numbers, "13 / 88 / 0", for a column headed in percent. */
    public String reliableChangeShort(ScaleFigures f) {
        return f.improvedPercent().isPresent() ? whole(f.improvedPercent()) + " / " + whole(f.unchangedPercent())
                + " / " + whole(f.deterioratedPercent()) : NONE;
    }

    private String whole(OptionalDouble value) {
        return value.isPresent() ? format("%.0f", value.getAsDouble()) : NONE;
    }

    /** A p-value with three decimals, or "< 0.001". */
    public String p(OptionalDouble p) {
        if (p.isEmpty()) {
            return NONE;
        }
        return p.getAsDouble() < 0.001 ? "< " + format("%.3f", 0.001) : format("%.3f", p.getAsDouble());
    }

    /** A whole percentage, "29 %". */
    public String percent(OptionalDouble value) {
        return value.isPresent() ? format("%.0f", value.getAsDouble()) + " %" : NONE;
    }

    /** The reliable change shares with the n they rest on, "13 % / 88 % / 0 % of 16", or the missing mark. */
    public String reliableChange(ScaleFigures f) {
        if (f.improvedPercent().isEmpty()) {
            return NONE;
        }
        String shares = percent(f.improvedPercent()) + " / " + percent(f.unchangedPercent()) + " / "
                + percent(f.deterioratedPercent());
        return f.reliableChangeN().isPresent() ? m.get("cohort.of", shares, count(f.reliableChangeN().getAsInt()))
                : shares;
    }

    /** The p-value of the paired t-test. */
    public String tTestP(ScaleFigures f) {
        return p(f.tTest().map(t -> OptionalDouble.of(t.p())).orElse(OptionalDouble.empty()));
    }

    private String format(String pattern, Object value) {
        return String.format(locale, pattern, value);
    }
}
