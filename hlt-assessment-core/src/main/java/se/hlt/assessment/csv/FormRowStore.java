package se.hlt.assessment.csv;

import java.util.Arrays;
import java.util.List;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.ReportedAnswer;
import se.hlt.assessment.scoring.Score;
import se.hlt.assessment.scoring.Warning;
import se.hlt.assessment.scoring.WarningKind;

/**
 * The scored rows of one input file, kept as pairing needs them and no more: per row a few bytes and ints (row
 * number, id, timepoint, age, sex, date, form status, each score, the answers to the follow-up questions) and the
 * number of each pass-through value (of baseline rows: a pair takes its baseline's). Ids and pass-through values
 * are {@linkplain TextInterner interned}, so a repeated value costs an int. Memory grows with the rows, about 40 bytes each plus 4 per pass-through column:
 * pairing needs every row of both files before it can tell which pair.
 *
 * <p>Filled by one reading thread, then read by the pairing; not thread-safe.
 */
final class FormRowStore {

    /** A missing score, age, sex or answer. */
    static final byte MISSING = -1;

    final SdqLayout layout;
    /** The id of each row, by number. */
    final TextInterner ids;
    /** The values of each pass-through column, by number; one interner per column of the layout. */
    final TextInterner[] passThrough;
    private final List<String> followUpQuestions;
    private final int scoreCount;
    private final int passCount;
    private final int answerCount;

    private int size;
    private int[] rowNumbers;
    private int[] idKeys;
    private boolean[] followUps;
    private byte[] ages;
    private byte[] sexes;
    private int[] dates;
    private byte[] statuses;
    /** Whether the scorer warned that the row's age is outside its instrument version's ages. */
    private boolean[] ageOutsideVersion;
    private byte[] scores;
    private byte[] answers;
    private int[] passValues;
    private final boolean followUpGroups;

    /**
     * A store for the rows of a file with {@code layout}.
     *
     * @param followUpQuestions the questions only the follow-up form asks (e.g. {@code fureduc}), whose answers
     *     are kept
     * @param followUpGroups whether a follow-up row keeps its pass-through values too: when an ORS series is
     *     joined, a child with a follow-up and no baseline still says which area and period it belongs to
     */
    FormRowStore(SdqLayout layout, List<String> followUpQuestions, boolean followUpGroups) {
        this(layout, followUpQuestions, followUpGroups, 1024);
    }

    /**
     * A store made for about {@code expectedRows} rows ({@link RowEstimate}); it grows past them if need be.
     */
    FormRowStore(SdqLayout layout, List<String> followUpQuestions, boolean followUpGroups, int expectedRows) {
        int capacity = Math.max(expectedRows, 1024);
        rowNumbers = new int[capacity];
        idKeys = new int[capacity];
        followUps = new boolean[capacity];
        ages = new byte[capacity];
        sexes = new byte[capacity];
        dates = new int[capacity];
        statuses = new byte[capacity];
        ageOutsideVersion = new boolean[capacity];
        ids = new TextInterner(capacity);
        this.layout = layout;
        this.followUpGroups = followUpGroups;
        this.followUpQuestions = List.copyOf(followUpQuestions);
        this.scoreCount = layout.added.scores().size();
        this.passCount = layout.passThroughColumns.length;
        this.answerCount = followUpQuestions.size();
        this.passThrough = new TextInterner[passCount];
        for (int p = 0; p < passCount; p++) {
            passThrough[p] = new TextInterner();
        }
        this.scores = new byte[capacity * scoreCount];
        this.answers = new byte[capacity * Math.max(answerCount, 1)];
        this.passValues = new int[capacity * Math.max(passCount, 1)];
    }

    /**
     * Keeps one scored row.
     *
     * @param record the row's cells
     * @param row its number as a spreadsheet shows it
     * @param result its scores
     * @param date its date as a day number, or {@link SdqRowSink#NO_DATE}
     */
    void add(CsvRow record, long row, FormResult result, int date) {
        if (size == rowNumbers.length) {
            grow();
        }
        int r = size;
        rowNumbers[r] = Math.toIntExact(row);
        idKeys[r] = record.intern(layout.idColumn, ids);
        followUps[r] = result.timepoint().orElseThrow() == Timepoint.FOLLOWUP;
        ages[r] = result.context().age().isPresent() ? (byte) result.context().age().getAsInt() : MISSING;
        sexes[r] = result.context().sex().map(s -> (byte) s.ordinal()).orElse(MISSING);
        dates[r] = date;
        statuses[r] = (byte) result.status().ordinal();
        ageOutsideVersion[r] = ageOutsideVersion(result.warnings());
        List<Score> all = result.scores();
        for (int s = 0; s < scoreCount; s++) {
            Score score = all.get(s);
            scores[r * scoreCount + s] = score.isPresent() ? small(score.value().getAsInt()) : MISSING;
        }
        for (int q = 0; q < answerCount; q++) {
            answers[r * answerCount + q] = answer(result, followUpQuestions.get(q));
        }
        // a pair takes its baseline's pass-through values, so without an ORS series to join only those are kept:
        // half the work of reading a follow-up file
        boolean keep = !followUps[r] || followUpGroups;
        for (int p = 0; p < passCount; p++) {
            passValues[r * passCount + p] = keep ? record.intern(layout.passThroughColumns[p], passThrough[p])
                    : TextInterner.BLANK;
        }
        size++;
    }

    private static byte answer(FormResult result, String question) {
        List<ReportedAnswer> reported = result.reported();
        for (int i = 0; i < reported.size(); i++) {
            ReportedAnswer a = reported.get(i);
            if (a.question().equals(question)) {
                return a.code().isPresent() ? small(a.code().getAsInt()) : MISSING;
            }
        }
        return MISSING;
    }

    private static byte small(int value) {
        if (value < 0 || value > Byte.MAX_VALUE) {
            throw new IllegalStateException("a score or answer of " + value + " does not fit the store");
        }
        return (byte) value;
    }

    private void grow() {
        int capacity = rowNumbers.length * 2;
        rowNumbers = Arrays.copyOf(rowNumbers, capacity);
        idKeys = Arrays.copyOf(idKeys, capacity);
        followUps = Arrays.copyOf(followUps, capacity);
        ages = Arrays.copyOf(ages, capacity);
        sexes = Arrays.copyOf(sexes, capacity);
        dates = Arrays.copyOf(dates, capacity);
        statuses = Arrays.copyOf(statuses, capacity);
        ageOutsideVersion = Arrays.copyOf(ageOutsideVersion, capacity);
        scores = Arrays.copyOf(scores, capacity * scoreCount);
        answers = Arrays.copyOf(answers, capacity * Math.max(answerCount, 1));
        passValues = Arrays.copyOf(passValues, capacity * Math.max(passCount, 1));
    }

    /** How many rows are kept. */
    int size() {
        return size;
    }

    /** Row {@code r}'s number as a spreadsheet shows it. */
    int rowNumber(int r) {
        return rowNumbers[r];
    }

    /** Row {@code r}'s id number in {@link #ids}, or {@link TextInterner#BLANK}. */
    int idKey(int r) {
        return idKeys[r];
    }

    /** Whether row {@code r} is a follow-up form. */
    boolean isFollowUp(int r) {
        return followUps[r];
    }

    /** Row {@code r}'s age, or {@link #MISSING}. */
    /** Whether row {@code r}'s age is outside its instrument version's ages. */
    boolean ageOutsideVersion(int r) {
        return ageOutsideVersion[r];
    }

    int age(int r) {
        return ages[r];
    }

    /** Row {@code r}'s sex as a {@link se.hlt.assessment.instrument.Sex} ordinal, or {@link #MISSING}. */
    int sex(int r) {
        return sexes[r];
    }

    /** Row {@code r}'s date as a day number, or {@link SdqRowSink#NO_DATE}. */
    int date(int r) {
        return dates[r];
    }

    /** Row {@code r}'s form status as a {@link se.hlt.assessment.scoring.Status} ordinal. */
    int status(int r) {
        return statuses[r];
    }

    /** Score {@code s} (in the layout's score order) of row {@code r}, or {@link #MISSING}. */
    int score(int r, int s) {
        return scores[r * scoreCount + s];
    }

    /** The answer to follow-up question {@code q} of row {@code r} as coded, or {@link #MISSING}. */
    int answer(int r, int q) {
        return answers[r * answerCount + q];
    }

    /**
     * The number of row {@code r}'s value in pass-through column {@code p}, or {@link TextInterner#BLANK} (also for
     * every follow-up row, whose values are not kept).
     */
    int passValue(int r, int p) {
        return passValues[r * passCount + p];
    }

    /** Whether the scorer warned that the age is outside the version's; a loop, as this runs once a row. */
    private static boolean ageOutsideVersion(List<Warning> warnings) {
        for (Warning w : warnings) {
            if (w.kind() == WarningKind.AGE_OUTSIDE_VERSION) {
                return true;
            }
        }
        return false;
    }
}
