package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ScaleRule;
import se.hlt.assessment.scoring.PreparedInstrument;

/**
 * What the answers of a whole file say about how it was exported, that no single row shows: answers that look
 * coded from 1 (next to no 0 anywhere, many one above the highest code), reverse-keyed items already reversed
 * (they correlate the wrong way with the rest of their scale), and a column of scale scores among the items. Each
 * is a note with its evidence; no score is changed, since only the researcher knows the export.
 */
final class AnswerQuality {

    /** Fewer answers, rows or cells than these tell nothing. */
    private static final int MIN_ANSWERS = 100;
    private static final int MIN_ROWS = 30;
    /** A raw correlation above this, for an item the form reverses, is the wrong way round. */
    private static final double WRONG_WAY = 0.1;

    private final SdqLayout layout;
    private final boolean fromZero;
    private long answers;
    private long zeros;
    private long aboveTop;
    /** Per reverse-keyed item: its index, the indexes of its scale's other (forward) items, and the sums. */
    private final List<int[]> reversed = new ArrayList<>();
    private final List<double[]> sums = new ArrayList<>();
    /** The pass-through columns between the first and last item column, with min, max, numbers, others. */
    private final int[] between;
    private final long[][] ranges;

    AnswerQuality(SdqLayout layout, AnswerCoding coding) {
        this.layout = layout;
        this.fromZero = coding == AnswerCoding.FROM_ZERO;
        PreparedInstrument form = layout.forms[0];
        InstrumentDefinition d = form.definition();
        for (ScaleRule scale : d.scales()) {
            List<Integer> forward = new ArrayList<>();
            List<Integer> backward = new ArrayList<>();
            for (String item : scale.items()) {
                OptionalInt index = form.indexOf(item);
                boolean reverse = d.question(item).map(Question::reverse).orElse(false);
                index.ifPresent(i -> (reverse ? backward : forward).add(i));
            }
            for (int b : backward) {
                int[] indexes = new int[forward.size() + 1];
                indexes[0] = b;
                for (int k = 0; k < forward.size(); k++) {
                    indexes[k + 1] = forward.get(k);
                }
                reversed.add(indexes);
                sums.add(new double[6]);
            }
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (SdqQuestionColumn q : layout.questionColumns) {
            first = Math.min(first, q.column());
            last = Math.max(last, q.column());
        }
        int lo = first;
        int hi = last;
        between = java.util.Arrays.stream(layout.passThroughColumns).filter(c -> c > lo && c < hi).toArray();
        ranges = new long[between.length][];
        for (int i = 0; i < between.length; i++) {
            ranges[i] = new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0, 0};
        }
    }

    /** An answer cell as written, {@code value}, read as {@code code}; its question's highest code is {@code top}. */
    void answer(int value, int code, int top) {
        answers++;
        zeros += value == 0 ? 1 : 0;
        aboveTop += code == top + 1 ? 1 : 0;
    }

    /** A scored row's codes (baseline form's order when {@code timepoint} is 0) and its cells. */
    void scored(int[] codes, int timepoint, CsvRow record) {
        if (timepoint == 0) {
            for (int r = 0; r < reversed.size(); r++) {
                add(reversed.get(r), sums.get(r), codes);
            }
        }
        for (int i = 0; i < between.length; i++) {
            int v = record.smallInt(between[i]);
            long[] range = ranges[i];
            if (v >= 0) {
                range[0] = Math.min(range[0], v);
                range[1] = Math.max(range[1], v);
                range[2]++;
            } else if (v != SmallInts.BLANK) {
                range[3]++;
            }
        }
    }

    private static void add(int[] indexes, double[] s, int[] codes) {
        int x = codes[indexes[0]];
        int y = 0;
        for (int k = 1; k < indexes.length; k++) {
            if (codes[indexes[k]] == PreparedInstrument.MISSING) {
                return;
            }
            y += codes[indexes[k]];
        }
        if (x == PreparedInstrument.MISSING || indexes.length < 2) {
            return;
        }
        s[0]++;
        s[1] += x;
        s[2] += y;
        s[3] += (double) x * y;
        s[4] += (double) x * x;
        s[5] += (double) y * y;
    }

    /** The notes the file's answers call for, in the order of the checks. */
    List<ReadingNote> notes() {
        List<ReadingNote> notes = new ArrayList<>();
        if (fromZero && answers >= MIN_ANSWERS && zeros * 100 <= answers && aboveTop * 20 >= answers) {
            notes.add(ReadingNote.of(ReadingNote.Kind.CODED_FROM_ONE, aboveTop, zeros, answers));
        }
        List<String> wrongWay = new ArrayList<>();
        for (int r = 0; r < reversed.size(); r++) {
            double[] s = sums.get(r);
            double n = s[0];
            double cov = n * s[3] - s[1] * s[2];
            double var = (n * s[4] - s[1] * s[1]) * (n * s[5] - s[2] * s[2]);
            if (n >= MIN_ROWS && var > 0 && cov / Math.sqrt(var) > WRONG_WAY) {
                String item = layout.forms[0].questionNames().get(reversed.get(r)[0]);
                wrongWay.add(layout.prefix + item + " r = " + String.format(Locale.ROOT, "%+.2f",
                        cov / Math.sqrt(var)));
            }
        }
        if (!wrongWay.isEmpty()) {
            notes.add(ReadingNote.of(ReadingNote.Kind.REVERSED_ALREADY, String.join(", ", wrongWay)));
        }
        for (int i = 0; i < between.length; i++) {
            long[] range = ranges[i];
            if (range[2] >= MIN_ROWS / 3 && range[3] == 0 && range[1] > 3 && range[1] <= 40) {
                notes.add(ReadingNote.of(ReadingNote.Kind.SCALE_SCORES_AMONG_ITEMS, layout.header.get(between[i]),
                        range[0] + "–" + range[1], range[2]));
            }
        }
        return notes;
    }
}
