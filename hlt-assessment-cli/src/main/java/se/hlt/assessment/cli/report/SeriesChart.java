package se.hlt.assessment.cli.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.hlt.assessment.cli.Numbers;

/**
 * A line chart of one rater's totals session by session, as inline SVG: the total per session (0–40), the cut-off
 * as a dashed line, and for outcome forms the reliable change band around the intake total (intake ± the reliable
 * change value), so that a point outside the band is a reliable change.
 */
final class SeriesChart {

    /** One point: a session and its total. */
    record Point(int session, BigDecimal total) {
    }

    /**
     * The chart's texts, from the bundle.
     *
     * @param title what the chart shows, e.g. "ORS total per session"
     * @param session the x axis, e.g. "Session"
     * @param cutoff the cut-off line's label with its value, e.g. "cut-off 28"
     * @param band the reliable change band's label, e.g. "no reliable change (intake ± 5)"
     */
    record ChartText(String title, String session, Optional<String> cutoff, Optional<String> band) {
    }

    /**
     * The session axis, from the first to the last session of the rater's whole series, so that the ORS and the SRS
     * chart of one page put session N at the same x even when a session has only one of the two forms.
     *
     * @param first the first session shown
     * @param last the last session shown, after {@code first}
     */
    record Axis(int first, int last) {

        /** Checks the range. */
        Axis {
            if (last <= first) {
                throw new IllegalArgumentException("an axis runs from one session to a later one");
            }
        }

        /** The axis over {@code sessions} (at least two sessions wide, so that one session sits at the left). */
        static Axis over(List<Integer> sessions) {
            int first = sessions.stream().mapToInt(Integer::intValue).min().orElse(1);
            int last = sessions.stream().mapToInt(Integer::intValue).max().orElse(1);
            return new Axis(first, Math.max(last, first + 1));
        }

        double x(int session) {
            double plot = WIDTH - LEFT - RIGHT - 30;
            return LEFT + 15 + plot * (session - first) / (last - first);
        }
    }

    private static final int WIDTH = 680;
    private static final int HEIGHT = 116;
    private static final int LEFT = 34;
    private static final int RIGHT = 110;
    private static final int TOP = 27;
    private static final int BOTTOM = 26;
    private static final double MAX = 40;

    private final Locale locale;

    SeriesChart(Locale locale) {
        this.locale = locale;
    }

    /**
     * The chart.
     *
     * @param kind a CSS class for the chart, {@code outcome} or {@code alliance}
     * @param axis the sessions the x axis runs over, the same for every chart of the page
     * @param points the totals in session order
     * @param cutoff the cut-off, if one applies
     * @param band the reliable change band as intake total and points, if it applies
     */
    Html draw(String kind, ChartText text, Axis axis, List<Point> points, Optional<BigDecimal> cutoff,
              Optional<BigDecimal[]> band) {
        int first = axis.first();
        int last = axis.last();
        Html svg = new Html().open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "series " + kind,
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", WIDTH + "", "height", HEIGHT + "",
                "role", "img", "aria-label", text.title());
        svg.element("text", text.title(), "x", LEFT + "", "y", "11", "class", "label");
        if (band.isPresent()) {
            BigDecimal intake = band.get()[0];
            BigDecimal points0 = band.get()[1];
            double top = y(Math.min(MAX, intake.add(points0).doubleValue()));
            double bottom = y(Math.max(0, intake.subtract(points0).doubleValue()));
            svg.empty("rect", "class", "rcband", "x", LEFT + "", "y", f(top), "width", (WIDTH - LEFT - RIGHT) + "",
                    "height", f(bottom - top));
            text.band().ifPresent(b -> svg.element("text", b, "x", (WIDTH - RIGHT + 4) + "", "y",
                    f((top + bottom) / 2 + 3), "class", "tick"));
        }
        for (int v = 0; v <= MAX; v += 10) {
            svg.empty("line", "class", "grid", "x1", LEFT + "", "x2", (WIDTH - RIGHT) + "", "y1", f(y(v)),
                    "y2", f(y(v)));
            svg.element("text", String.valueOf(v), "x", (LEFT - 4) + "", "y", f(y(v) + 3), "class", "tick",
                    "text-anchor", "end");
        }
        for (int s = first; s <= last; s++) {
            svg.element("text", String.valueOf(s), "x", f(axis.x(s)), "y", (HEIGHT - BOTTOM + 12) + "",
                    "class", "tick", "text-anchor", "middle");
        }
        svg.element("text", text.session(), "x", f((LEFT + WIDTH - RIGHT) / 2.0), "y", (HEIGHT - 3) + "",
                "class", "tick", "text-anchor", "middle");
        if (cutoff.isPresent()) {
            double cy = y(cutoff.get().doubleValue());
            svg.empty("line", "class", "cutoff", "x1", LEFT + "", "x2", (WIDTH - RIGHT) + "", "y1", f(cy),
                    "y2", f(cy));
            text.cutoff().ifPresent(c -> svg.element("text", c, "x", (WIDTH - RIGHT + 4) + "", "y", f(cy + 3),
                    "class", "tick"));
        }
        if (points.size() > 1) {
            StringBuilder line = new StringBuilder();
            for (Point p : points) {
                line.append(line.length() == 0 ? "" : " ").append(f(axis.x(p.session()))).append(',')
                        .append(f(y(p.total().doubleValue())));
            }
            svg.empty("polyline", "class", "totals", "points", line.toString());
        }
        for (Point p : points) {
            double px = axis.x(p.session());
            double py = y(p.total().doubleValue());
            boolean flagged = cutoff.map(c -> p.total().compareTo(c) < 0).orElse(false);
            svg.empty("circle", "class", flagged ? "point flagged" : "point", "cx", f(px), "cy", f(py), "r", "3.5");
            svg.element("text", Numbers.text(p.total(), locale), "x", f(px), "y", f(labelY(py, cutoff)),
                    "class", "tick total", "text-anchor", "middle");
        }
        return svg.close("svg");
    }

    /** How far a value label's baseline sits above or below its point, and how tall its digits are. */
    private static final double LABEL_ABOVE = 7;
    private static final double LABEL_BELOW = 13;
    static final double LABEL_HEIGHT = 6;
    /** The title's baseline, with its descenders. */
    private static final double TITLE_BOTTOM = 14;

    /**
     * The baseline of the value label of a point at {@code py}: above the point, or below it when above it would be
     * drawn over the cut-off line (a total just above the cut-off), so that the line never strikes the digits.
     */
    static double labelY(double py, Optional<BigDecimal> cutoff) {
        double above = py - LABEL_ABOVE;
        boolean struck = cutoff.isPresent() && struck(above, y(cutoff.get().doubleValue()));
        // near 40 the label above would run into the chart's title
        boolean underTitle = above - LABEL_HEIGHT < TITLE_BOTTOM;
        return struck || underTitle ? py + LABEL_BELOW : above;
    }

    /** Whether a line at {@code line} crosses the digits of a label with its baseline at {@code baseline}. */
    static boolean struck(double baseline, double line) {
        return line >= baseline - LABEL_HEIGHT - 1 && line <= baseline + 1;
    }

    static double y(double total) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - total / MAX);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
