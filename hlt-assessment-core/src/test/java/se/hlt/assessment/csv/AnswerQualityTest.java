package se.hlt.assessment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.hlt.assessment.csv.SdqCsv.cells;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes on a whole file's answers: each is given with its evidence when the answers call for it, and not
 * when they do not; no score changes either way.
 */
class AnswerQualityTest {

    /** The reverse-keyed items of the 4-17 form, with the parent prefix. */
    private static final List<String> REVERSED = List.of("pobeys", "preflect", "pattends", "pfriend", "ppopular");

    @TempDir
    Path dir;

    private List<ReadingNote> notes(SdqCsv csv) {
        BatchHarness.Ran ran = new BatchHarness(dir).run(csv.text());
        List<ReadingNote> quality = new ArrayList<>(ran.summary().notes());
        quality.removeIf(n -> n.kind() == ReadingNote.Kind.CONTEXT_MISSING); // no age or sex here: not the point
        return quality;
    }

    @Test
    void answersCodedFromOneAreSaidOnceWithTheCounts() {
        SdqCsv csv = SdqCsv.withPrefix("p");
        for (int i = 0; i < 10; i++) {
            csv.row("c" + i, String.valueOf(1 + i % 3), cells());
        }
        List<ReadingNote> notes = notes(csv);
        // 25 items a row, 10 rows; the 3 rows of 3s are one above the items' top code, and no answer is 0
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.CODED_FROM_ONE, 75, 0, 250)), notes);
        assertEquals(List.of(), notes(SdqCsv.withPrefix("p").row("c1", "0", cells())));
    }

    @Test
    void reverseKeyedItemsAnsweredTheWayOfTheirScaleLookAlreadyReversed() {
        SdqCsv reversedInExport = SdqCsv.withPrefix("p");
        SdqCsv asTicked = SdqCsv.withPrefix("p");
        for (int i = 0; i < 40; i++) {
            String level = String.valueOf(i % 3);
            reversedInExport.row("c" + i, level, cells());
            Map<String, String> opposite = cells();
            String other = String.valueOf(2 - i % 3);
            REVERSED.forEach(item -> opposite.put(item, other));
            asTicked.row("c" + i, level, opposite);
        }
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.REVERSED_ALREADY, "pobeys r = +1.00, preflect r = "
                + "+1.00, pattends r = +1.00, pfriend r = +1.00, ppopular r = +1.00")), notes(reversedInExport));
        assertEquals(List.of(), notes(asTicked));
    }

    @Test
    void aColumnOfScaleScoresAmongTheItemsIsNamedWithItsRange() {
        List<String> columns = new ArrayList<>(SdqCsv.withPrefix("p").columns());
        columns.add(6, "emo_summa");
        SdqCsv csv = SdqCsv.ofColumns("p", columns);
        SdqCsv plain = SdqCsv.ofColumns("p", columns);
        for (int i = 0; i < 12; i++) {
            Map<String, String> c = SdqCsv.allItems("p", "1");
            c.put("id", "c" + i);
            c.put("emo_summa", String.valueOf(i % 11));
            csv.row(c);
            c.put("emo_summa", "ja");
            plain.row(c);
        }
        assertEquals(List.of(ReadingNote.of(ReadingNote.Kind.SCALE_SCORES_AMONG_ITEMS, "emo_summa", "0–10", 12)),
                notes(csv));
        assertEquals(List.of(), notes(plain));
    }
}
