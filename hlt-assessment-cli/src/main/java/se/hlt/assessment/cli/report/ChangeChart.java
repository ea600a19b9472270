package se.hlt.assessment.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.hlt.assessment.cohort.Estimate;
import se.hlt.assessment.instrument.Direction;

/**
 * A chart of changes with their 95% confidence intervals, one row each, as inline SVG: a dot at the estimate, a
 * line across its interval, a vertical line at no change, and on each row the side where the change is an
 * improvement shaded green (left for difficulties, right for strengths), so that the chart reads the same way
 * for every score. A row without an estimate shows its label and a dash.
 */
final class ChangeChart {

    /**
     * One row.
     *
     * @param label the row's name
     * @param direction which way along the score is good, so which side of 0 is an improvement
     * @param change the estimate with its interval, if there is one
     * @param note what to print at the right, e.g. the estimate and its interval
     */
    record Row(String label, Direction direction, Optional<Estimate> change, String note) {

        /** Checks the parts. */
        Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * The chart's texts.
     *
     * @param title what the chart shows, e.g. "Effect size d_z per scale, with 95% CI"
     * @param better the label of the shaded side, e.g. "improvement"
     * @param none the label of the line at 0, e.g. "no change"
     */
    record ChartText(String title, String better, String none) {
    }

    private static final int WIDTH = 680;
    /** The narrowest and widest room for the row labels, and about how wide a label's character is. */
    private static final int LABEL_MIN = 120;
    private static final int LABEL_MAX = 330;
    private static final double CHARACTER = 5.6;
    private static final int NOTE = 150;
    private static final int TOP = 30;
    private static final int ROW = 17;
    private static final int BOTTOM = 22;

    private final ChartText text;
    private final Locale locale;

    ChangeChart(ChartText text, Locale locale) {
        this.text = text;
        this.locale = locale;
    }

    /** The chart of {@code rows}, its axis symmetric around 0 and wide enough for every interval. */
    Html draw(List<Row> rows) {
        int longest = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        Axis a = new Axis((int) Math.min(LABEL_MAX, Math.max(LABEL_MIN, longest * CHARACTER + 12)), reach(rows));
        int label = a.start();
        int height = TOP + ROW * rows.size() + BOTTOM;
        Html svg = new Html().open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "change-chart",
                "viewBox", "0 0 " + WIDTH + " " + height, "width", WIDTH + "", "height", height + "",
                "role", "img", "aria-label", text.title());
        svg.element("text", text.title(), "x", "0", "y", "12", "class", "label");
        svg.element("text", text.none(), "x", f(a.x(0)), "y", "25", "class", "tick", "text-anchor", "middle");
        for (int i = 0; i < rows.size(); i++) {
            row(svg, rows.get(i), TOP + i * ROW, a);
        }
        double axis = TOP + rows.size() * ROW + 2;
        svg.empty("line", "class", "axis", "x1", label + "", "x2", (WIDTH - NOTE) + "", "y1", f(axis),
                "y2", f(axis));
        for (double tick : ticks(a.reach())) {
            svg.element("text", tick(tick), "x", f(a.x(tick)), "y", f(axis + 11), "class", "tick",
                    "text-anchor", "middle");
        }
        svg.empty("line", "class", "zero", "x1", f(a.x(0)), "x2", f(a.x(0)), "y1", (TOP - 2) + "",
                "y2", f(axis));
        svg.empty("rect", "class", "better", "x", "0", "y", f(axis + 14), "width", "10", "height", "7");
        svg.element("text", text.better(), "x", "14", "y", f(axis + 20), "class", "tick");
        return svg.close("svg");
    }

    private void row(Html svg, Row row, double top, Axis a) {
        int label = a.start();
        double middle = top + ROW / 2.0;
        boolean lowerIsBetter = row.direction() == Direction.HIGHER_IS_WORSE;
        double zero = a.x(0);
        double from = lowerIsBetter ? label : zero;
        double to = lowerIsBetter ? zero : WIDTH - NOTE;
        svg.empty("rect", "class", "better", "x", f(from), "y", f(top + 1), "width", f(to - from),
                "height", (ROW - 2) + "");
        svg.element("text", row.label(), "x", (label - 6) + "", "y", f(middle + 3.5), "class", "rowlabel",
                "text-anchor", "end");
        svg.element("text", row.note(), "x", (WIDTH - NOTE + 6) + "", "y", f(middle + 3.5), "class", "tick");
        if (row.change().isEmpty()) {
            return;
        }
        Estimate e = row.change().get();
        e.ci95().ifPresent(ci -> svg.empty("line", "class", "ci", "x1", f(a.x(ci.lower())),
                "x2", f(a.x(ci.upper())), "y1", f(middle), "y2", f(middle)));
        svg.empty("circle", "class", "estimate", "cx", f(a.x(e.value())), "cy", f(middle), "r", "3.5");
    }

    /** Half the axis: the largest distance from 0 of any estimate or bound, rounded up to a half, at least 1. */
    static double reach(List<Row> rows) {
        double far = 1;
        for (Row r : rows) {
            if (r.change().isPresent()) {
                Estimate e = r.change().get();
                far = Math.max(far, Math.abs(e.value()));
                if (e.ci95().isPresent()) {
                    far = Math.max(far, Math.max(Math.abs(e.ci95().get().lower()), Math.abs(e.ci95().get().upper())));
                }
            }
        }
        return Math.ceil(far * 2) / 2;
    }

    private static double[] ticks(double reach) {
        double step = reach <= 2 ? 0.5 : reach <= 5 ? 1 : reach <= 10 ? 2 : Math.ceil(reach / 5);
        int n = (int) Math.floor(reach / step);
        double[] ticks = new double[2 * n + 1];
        for (int i = -n; i <= n; i++) {
            ticks[i + n] = i * step;
        }
        return ticks;
    }

    /** Where the plot starts (after the longest row label), and half its width in the chart's unit. */
    private record Axis(int start, double reach) {

        double x(double value) {
            double plot = WIDTH - start - NOTE;
            return start + plot * (value + reach) / (2 * reach);
        }
    }

    private String tick(double value) {
        return String.format(locale, value == Math.rint(value) ? "%.0f" : "%.1f", value).replace('-', '\u2212');
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
