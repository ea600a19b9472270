package se.hlt.assessment.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import se.hlt.assessment.norms.BandRange;

/**
 * Draws the SDQ profile as inline SVG: one row per scale, its bands shaded from the most typical (green) to the
 * least typical (red), the child's score marked on it. Each whole-number score is one cell, so a marker always
 * sits inside the band its score belongs to. A pair shows the first score hollow, the follow-up filled, joined by
 * a line. Scales where higher is better (prosocial) are labelled as strengths: their green band is at the top end.
 */
final class ProfileChart {

    /** Fills of the bands by rank: most typical first. */
    static final List<String> BAND_FILLS = List.of("#cde8cd", "#fbe3a0", "#f2b3aa", "#e08a80");
    private static final String NO_BAND_FILL = "#e4e4e4";

    private static final int WIDTH = 680;
    private static final int LABEL_X = 0;
    private static final int TRACK_LEFT = 200;
    private static final int TRACK_RIGHT = 540;
    private static final int NOTE_X = 552;
    private static final int TOP = 34;
    private static final int ROW = 25;
    private static final int TRACK_HEIGHT = 12;
    private static final int LABEL_CHARS = 30;
    /** How many characters of a bold note fit the 128 units right of the track. */
    private static final int NOTE_CHARS = 17;

    private final ChartText text;

    ProfileChart(ChartText text) {
        this.text = text;
    }

    /**
     * The texts the chart needs besides the rows, in the report's language.
     *
     * @param title what the chart shows, for screen readers
     * @param strength the line under a strength scale's name, e.g. "strength: higher is better"
     * @param legendBands the band names of the legend, most typical first (empty: no legend of bands)
     * @param first the legend's name of the first form of a pair
     * @param followUp the legend's name of the follow-up form of a pair
     * @param noBands what the legend says when no scale has bands
     */
    record ChartText(String title, String strength, List<String> legendBands, String first, String followUp,
                     String noBands) {
    }

    /** The chart of {@code rows}; {@code pair} when the rows carry a first and a follow-up score. */
    Html draw(List<ChartRow> rows, boolean pair) {
        int height = TOP + rows.size() * ROW + 2;
        Html svg = new Html().open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "profile",
                "viewBox", "0 0 " + WIDTH + " " + height, "width", String.valueOf(WIDTH),
                "height", String.valueOf(height), "role", "img", "aria-label", text.title());
        svg.element("title", text.title());
        legend(svg, pair);
        for (int i = 0; i < rows.size(); i++) {
            row(svg, rows.get(i), TOP + i * ROW);
        }
        return svg.close("svg");
    }

    private void legend(Html svg, boolean pair) {
        int x = TRACK_LEFT;
        if (text.legendBands().isEmpty()) {
            svg.empty("rect", "x", n(x), "y", "8", "width", "14", "height", "10", "fill", NO_BAND_FILL);
            svg.element("text", text.noBands(), "x", n(x + 18), "y", "17", "class", "legend");
        }
        for (int rank = 0; rank < text.legendBands().size(); rank++) {
            svg.empty("rect", "x", n(x), "y", "8", "width", "14", "height", "10", "fill", BAND_FILLS.get(rank));
            String name = text.legendBands().get(rank);
            svg.element("text", name, "x", n(x + 18), "y", "17", "class", "legend");
            x += 30 + 7 * name.length();
        }
        if (pair) {
            int y = 29;
            svg.empty("circle", "cx", n(TRACK_LEFT + 6), "cy", n(y - 4), "r", "5", "class", "before key");
            svg.element("text", text.first(), "x", n(TRACK_LEFT + 16), "y", n(y), "class", "legend");
            int x2 = TRACK_LEFT + 40 + 7 * text.first().length();
            svg.empty("circle", "cx", n(x2), "cy", n(y - 4), "r", "5", "class", "value key");
            svg.element("text", text.followUp(), "x", n(x2 + 10), "y", n(y), "class", "legend");
        }
    }

    private void row(Html svg, ChartRow row, int top) {
        int trackTop = top + 4;
        label(svg, row, top);
        if (row.bands().isEmpty()) {
            svg.empty("rect", "x", n(TRACK_LEFT), "y", n(trackTop), "width", n(TRACK_RIGHT - TRACK_LEFT),
                    "height", n(TRACK_HEIGHT), "fill", NO_BAND_FILL);
        }
        for (int rank = 0; rank < row.bands().size(); rank++) {
            BandRange band = row.bands().get(rank);
            double left = x(row, band.min());
            svg.empty("rect", "x", n(left), "y", n(trackTop), "width", n(x(row, band.max() + 1) - left),
                    "height", n(TRACK_HEIGHT), "fill", BAND_FILLS.get(Math.min(rank, BAND_FILLS.size() - 1)),
                    "class", "band");
        }
        svg.element("text", "0", "x", n(TRACK_LEFT), "y", n(trackTop + TRACK_HEIGHT + 8), "class", "tick");
        svg.element("text", String.valueOf(row.max()), "x", n(TRACK_RIGHT), "y", n(trackTop + TRACK_HEIGHT + 8),
                "class", "tick", "text-anchor", "end");
        double middle = trackTop + TRACK_HEIGHT / 2.0;
        if (row.before().isPresent() && row.value().isPresent()) {
            svg.empty("line", "x1", n(centre(row, row.before())), "y1", n(middle), "x2", n(centre(row, row.value())),
                    "y2", n(middle), "class", "change");
        }
        if (row.before().isPresent()) {
            svg.empty("circle", "cx", n(centre(row, row.before())), "cy", n(middle), "r", "5", "class", "before");
        }
        if (row.value().isPresent()) {
            svg.empty("circle", "cx", n(centre(row, row.value())), "cy", n(middle), "r", "5", "class", "value");
        }
        List<String> note = noteLines(row.note());
        if (note.size() == 1) {
            svg.element("text", note.get(0), "x", n(NOTE_X), "y", n(middle + 4), "class", "note");
        } else {
            // a long note ("not scored (too few answers)") would run off the chart: two smaller lines
            svg.element("text", note.get(0), "x", n(NOTE_X), "y", n(middle - 1), "class", "note small");
            svg.element("text", note.get(1), "x", n(NOTE_X), "y", n(middle + 9), "class", "note small");
        }
    }

    /** The note beside a row: on one line when it fits the room right of the track, else on two. */
    static List<String> noteLines(String note) {
        if (note.length() <= NOTE_CHARS) {
            return List.of(note);
        }
        // before a bracketed aside if there is one, else at the space nearest the middle
        int bracket = note.indexOf(" (");
        if (bracket > 0) {
            return List.of(note.substring(0, bracket).strip(), note.substring(bracket).strip());
        }
        int middle = note.length() / 2;
        int before = note.lastIndexOf(' ', middle);
        int after = note.indexOf(' ', middle);
        int cut = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        return cut < 0 ? List.of(note) : List.of(note.substring(0, cut).strip(), note.substring(cut).strip());
    }

    private void label(Html svg, ChartRow row, int top) {
        List<String> lines = wrap(row.label());
        if (row.strength()) {
            lines.add(text.strength());
        }
        double first = top + (lines.size() == 1 ? 14 : 9);
        for (int i = 0; i < lines.size(); i++) {
            boolean main = i < lines.size() - (row.strength() ? 1 : 0);
            svg.element("text", lines.get(i), "x", n(LABEL_X), "y", n(first + i * 11),
                    "class", main ? "label" : "sublabel");
        }
    }

    /** A long scale name over two lines, broken after a slash or at a space. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        if (label.length() <= LABEL_CHARS) {
            lines.add(label);
            return lines;
        }
        int cut = label.lastIndexOf('/', LABEL_CHARS);
        cut = cut > 0 ? cut + 1 : label.lastIndexOf(' ', LABEL_CHARS);
        if (cut <= 0) {
            cut = LABEL_CHARS;
        }
        lines.add(label.substring(0, cut).strip());
        lines.add(label.substring(cut).strip());
        return lines;
    }

    private static double x(ChartRow row, int score) {
        return TRACK_LEFT + (double) score * (TRACK_RIGHT - TRACK_LEFT) / (row.max() + 1);
    }

    private static double centre(ChartRow row, OptionalInt score) {
        return x(row, score.getAsInt()) + (double) (TRACK_RIGHT - TRACK_LEFT) / (row.max() + 1) / 2;
    }

    private static String n(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
