package se.hlt.assessment.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.hlt.assessment.norms.BandRange;

class ProfileChartTest {

    private static final List<BandRange> EMOTION = List.of(new BandRange("normal", 0, 3),
            new BandRange("borderline", 4, 4), new BandRange("abnormal", 5, 10));
    private static final List<BandRange> PROSOCIAL = List.of(new BandRange("normal", 6, 10),
            new BandRange("borderline", 5, 5), new BandRange("abnormal", 0, 4));

    private static final ProfileChart CHART = new ProfileChart(new ProfileChart.ChartText("t", "strength",
            List.of("normal", "borderline", "abnormal"), "T1", "T2", "none"));

    private static Element svg(List<ChartRow> rows, boolean pair) throws Exception {
        String xml = CHART.draw(rows, pair).toString();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> all(Element root, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || cls.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The fill of the band rectangle under the marker: the marker must sit inside the band its score is in. */
    private static String fillUnder(Element root, Element marker) {
        double x = num(marker, "cx");
        double y = num(marker, "cy");
        for (Element band : all(root, "rect", "band")) {
            double left = num(band, "x");
            double top = num(band, "y");
            if (x > left && x < left + num(band, "width") && y > top && y < top + num(band, "height")) {
                return band.getAttribute("fill");
            }
        }
        return "none";
    }

    @Test
    void everyScoreIsMarkedInsideTheBandItBelongsTo() throws Exception {
        for (int score = 0; score <= 10; score++) {
            Element root = svg(List.of(new ChartRow("Emotional", false, 10, EMOTION, OptionalInt.empty(),
                    OptionalInt.of(score), String.valueOf(score))), false);
            Element marker = all(root, "circle", "value").get(0);
            int rank = score <= 3 ? 0 : score == 4 ? 1 : 2;
            assertEquals(ProfileChart.BAND_FILLS.get(rank), fillUnder(root, marker), "score " + score);
        }
    }

    @Test
    void theProsocialScaleIsAStrengthWithItsTypicalBandAtTheTop() throws Exception {
        Element root = svg(List.of(new ChartRow("Prosocial", true, 10, PROSOCIAL, OptionalInt.empty(),
                OptionalInt.of(9), "9")), false);
        assertEquals(ProfileChart.BAND_FILLS.get(0), fillUnder(root, all(root, "circle", "value").get(0)));
        assertTrue(all(root, "text", "sublabel").stream().anyMatch(t -> t.getTextContent().equals("strength")));
        Element rightmostBand = all(root, "rect", "band").stream().max((a, b) -> Double.compare(num(a, "x"),
                num(b, "x"))).orElseThrow();
        assertEquals(ProfileChart.BAND_FILLS.get(0), rightmostBand.getAttribute("fill"));
    }

    @Test
    void aPairMarksBothScoresJoinedByALine() throws Exception {
        Element root = svg(List.of(new ChartRow("Conduct", false, 10, EMOTION, OptionalInt.of(8), OptionalInt.of(5),
                "8 to 5")), true);
        Element before = all(root, "circle", "before").get(0);
        Element after = all(root, "circle", "value").get(0);
        assertTrue(num(before, "cx") > num(after, "cx"), "8 lies right of 5");
        Element line = all(root, "line", "change").get(0);
        assertEquals(num(before, "cx"), num(line, "x1"));
        assertEquals(num(after, "cx"), num(line, "x2"));
    }

    @Test
    void aMissingScoreHasNoMarker() throws Exception {
        Element root = svg(List.of(new ChartRow("Peer", false, 10, EMOTION, OptionalInt.empty(), OptionalInt.empty(),
                "not scored")), false);
        assertEquals(0, all(root, "circle", "value").size());
    }

    @Test
    void longSwedishScaleNamesAreWrappedAfterTheSlash() {
        assertEquals(List.of("Hyperaktivitet/", "koncentrationssvårigheter"),
                ProfileChart.wrap("Hyperaktivitet/koncentrationssvårigheter"));
        assertEquals(List.of("Emotionella symtom"), ProfileChart.wrap("Emotionella symtom"));
    }

    @Test
    void aLongNoteGoesOnTwoLinesBrokenAtASpaceAShortOneStaysOnOne() {
        assertEquals(List.of("not scored", "(too few answers)"), ProfileChart.noteLines("not scored (too few answers)"));
        assertEquals(List.of("ingen poäng", "(för få svar)"), ProfileChart.noteLines("ingen poäng (för få svar)"));
        assertEquals(List.of("18  avvikande"), ProfileChart.noteLines("18  avvikande"));
    }
}
