package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.hlt.assessment.cli.Messages;

/** The series charts: one session axis for ORS and SRS, and value labels clear of the cut-off line. */
class SeriesChartTest {

    private static final SeriesChart CHART = new SeriesChart(Locale.ENGLISH);
    private static final SeriesChart.ChartText TEXT = new SeriesChart.ChartText("t", "Session",
            Optional.of("cut-off"), Optional.empty());

    /** The charts of the page of {@code json}'s first rater, in page order. */
    private static List<Element> charts(String json) throws Exception {
        String html = new SeriesPage(Messages.of(Locale.ENGLISH), LocalDate.of(2026, 3, 1))
                .of(SeriesFixtures.scored(json)).toString();
        List<Element> charts = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (svg.find()) {
            charts.add(parse(svg.group()));
        }
        return charts;
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> all(Element root, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").startsWith(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The x of each session's tick label, session numbers being the labels' texts. */
    private static List<String> sessionTicks(Element chart) {
        List<String> ticks = new ArrayList<>();
        for (Element t : all(chart, "text", "tick")) {
            if (t.getTextContent().matches("\\d+") && !"end".equals(t.getAttribute("text-anchor"))
                    && !t.getAttribute("class").contains("total")) {
                ticks.add(t.getTextContent() + "@" + t.getAttribute("x"));
            }
        }
        return ticks;
    }

    @Test
    void theOrsAndSrsChartsPutEachSessionAtTheSameXEvenWhereTheSrsIsMissing() throws Exception {
        // the child's ORS at sessions 1 to 6, the SRS at 1, 2 and 3 only
        List<Element> charts = charts(SeriesFixtures.WITH_ALERTS);
        Element ors = charts.get(0);
        Element srs = charts.get(1);
        assertTrue(ors.getAttribute("class").contains("outcome") && srs.getAttribute("class").contains("alliance"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"),
                sessionTicks(ors).stream().map(t -> t.substring(0, t.indexOf('@'))).toList());
        assertEquals(sessionTicks(ors), sessionTicks(srs), "the same session ticks at the same x");
        List<Element> orsPoints = all(ors, "circle", "point");
        List<Element> srsPoints = all(srs, "circle", "point");
        assertEquals(6, orsPoints.size());
        assertEquals(3, srsPoints.size());
        int[] srsSessions = {1, 2, 3};
        for (int i = 0; i < srsSessions.length; i++) {
            assertEquals(num(orsPoints.get(srsSessions[i] - 1), "cx"), num(srsPoints.get(i), "cx"),
                    "session " + srsSessions[i]);
        }
        assertEquals(num(ors, "width"), num(srs, "width"), "the charts are as wide");
    }

    @Test
    void anAxisSpansEverySessionOfTheRaterAndAtLeastTwo() {
        assertEquals(new SeriesChart.Axis(2, 7), SeriesChart.Axis.over(List.of(3, 2, 7, 5)));
        assertEquals(new SeriesChart.Axis(4, 5), SeriesChart.Axis.over(List.of(4)));
        SeriesChart.Axis axis = new SeriesChart.Axis(1, 6);
        assertTrue(axis.x(1) < axis.x(2) && axis.x(5) < axis.x(6));
    }

    /** A total from 0,0 to 40,0 and a cut-off from 20 to 38: the label is never struck through by the line. */
    @Property
    void aValueLabelIsNeverDrawnOverTheCutOffLine(@ForAll @IntRange(min = 0, max = 400) int tenths,
                                                  @ForAll @IntRange(min = 20, max = 38) int cutoff)
            throws Exception {
        BigDecimal total = BigDecimal.valueOf(tenths, 1);
        Element chart = parse(CHART.draw("outcome", TEXT, new SeriesChart.Axis(1, 2),
                List.of(new SeriesChart.Point(1, total)), Optional.of(BigDecimal.valueOf(cutoff)),
                Optional.empty()).toString());
        double line = num(all(chart, "line", "cutoff").get(0), "y1");
        Element label = all(chart, "text", "tick total").get(0);
        double baseline = num(label, "y");
        // the digits stand from their baseline up by their height; the line must pass above or below them
        assertFalse(line >= baseline - SeriesChart.LABEL_HEIGHT - 0.5 && line <= baseline + 0.5,
                "label at " + baseline + ", line at " + line);
        double point = num(all(chart, "circle", "point").get(0), "cy");
        assertTrue(Math.abs(baseline - point) < 15, "the label stays beside its point");
        assertTrue(baseline - SeriesChart.LABEL_HEIGHT >= 14, "and clear of the title: " + baseline);
    }
}
