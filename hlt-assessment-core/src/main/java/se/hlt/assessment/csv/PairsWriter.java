package se.hlt.assessment.csv;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.comparison.ReliableChangeChoice;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.pairing.FollowUpWindow;
import se.hlt.assessment.scoring.Status;
import se.hlt.assessment.scoring.TableRef;

/**
 * Writes the pairs file, one line per pair, in the columns {@link PairColumns} lists: the two scores of every
 * scale and the change, the reliable change index and status, the bands at both times and clinically
 * significant improvement, the tables used, the Added Value Score, and the answers to the follow-up questions.
 * Counts what the summary reports as it goes.
 *
 * <p>One child's change per scale is T2 &minus; T1 in points; {@code _status} reads it in the direction that is
 * good for the scale (difficulties down, prosocial up) and says whether it is reliable (Jacobson &amp; Truax:
 * |RCI| &gt; 1.96): {@code improved}, {@code no_reliable_change} or {@code deteriorated}. {@code _clinsig} is
 * {@code yes} for a reliable improvement from an atypical band (abnormal) to the most typical one (normal),
 * {@code no} otherwise, and empty where there is no reliable change index or no band.
 *
 * <p>This is a hot path for large files: every repeated text is prepared once, and the reliable change cells
 * once per combination of basis and scores ({@link ChangeCells}).
 */
final class PairsWriter {

    private static final int AGES = FormContexts.MAX_AGE + 2;
    /** Scores from 0 up to this have their band names prepared; scores are whole numbers under 128. */
    private static final int BAND_VALUES = 128;

    private final CsvLineWriter out;
    private final boolean decimalComma;
    private final PairColumns columns;
    private final FollowUpWindow window;
    /** The language of the sentences in the file (rci_note); codes stay as they are. */
    private final Locale locale;
    private final AddedValueCells addedValue;
    private final Prepared empty;
    private final Prepared family;
    private final Prepared informant;
    private final Prepared version;
    private final Prepared[] numbers = new Prepared[256];
    private final Prepared[] sexes;
    private final Prepared[] statuses;
    private final Prepared[] fitNotes;
    private final Prepared noDates;
    private final Prepared yes;
    private final Prepared no;
    /** Per score and value, its band's name; empty where the score's value has no band. */
    private final Prepared[][] bandNames;
    /** Per baseline age (+1) and sex (+1), the cells of its reliable change choice; filled on demand. */
    private final ChoiceCells[][] byAgeAndSex = new ChoiceCells[AGES][Sex.values().length + 1];
    /** One set of cells per distinct choice: many ages and sexes share one. */
    private final Map<ReliableChangeChoice, ChoiceCells> byChoice = new IdentityHashMap<>();
    private final DateCells dates;

    private final int orsColumns;
    private long pairs;
    private long shorter;
    private long longer;
    private long withoutDates;
    private long withoutReliableChange;

    /**
     * A writer of pairs with {@code columns}.
     *
     * @param delimiter the file's delimiter: decimals get a decimal comma in a semicolon file, as in the batch
     * @param locale the language of the sentences the file holds
     */
    PairsWriter(CsvLineWriter out, char delimiter, PairColumns columns, FollowUpWindow window, Locale locale) {
        this.out = out;
        this.locale = locale;
        this.decimalComma = delimiter == ';';
        this.columns = columns;
        this.window = window;
        this.addedValue = columns.avsModel.isPresent() ? new AddedValueCells(out, decimalComma, columns, locale)
                : null;
        this.dates = new DateCells(out);
        empty = out.prepare("");
        family = out.prepare(columns.family);
        informant = out.prepare(columns.informant);
        version = out.prepare(columns.version);
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = out.prepare(String.valueOf(i - 128));
        }
        sexes = new Prepared[Sex.values().length];
        for (Sex s : Sex.values()) {
            sexes[s.ordinal()] = out.prepare(s.code());
        }
        statuses = new Prepared[Status.values().length];
        for (Status s : Status.values()) {
            statuses[s.ordinal()] = out.prepare(s.code());
        }
        fitNotes = new Prepared[FollowUpWindow.Fit.values().length];
        for (FollowUpWindow.Fit f : FollowUpWindow.Fit.values()) {
            fitNotes[f.ordinal()] = out.prepare(window.note(f));
        }
        noDates = out.prepare(PairColumns.NO_DATES);
        yes = out.prepare(PairColumns.YES);
        no = out.prepare(PairColumns.NO);
        orsColumns = columns.orsColumns().size();
        bandNames = new Prepared[columns.scoreNames.size()][BAND_VALUES];
        for (int s = 0; s < bandNames.length; s++) {
            for (int v = 0; v < BAND_VALUES; v++) {
                bandNames[s][v] = columns.rules.band(s, v).map(b -> out.prepare(b.band())).orElse(empty);
            }
        }
    }

    void writeHeader() {
        out.line(columns.header);
    }

    /**
     * Writes the pair of row {@code b} of {@code first} (the baseline) and row {@code u} of {@code second} (the
     * follow-up), whose id is number {@code key} of {@code ids}.
     */
    void write(TextInterner ids, int key, InputFile first, int b, InputFile second, int u) {
        FormRowStore t1 = first.store();
        FormRowStore t2 = second.store();
        ids.write(key, out);
        out.field(family);
        out.field(informant);
        out.field(version);
        int[] passMap = first.passMap();
        for (int p : passMap) {
            if (p < 0) {
                out.field(empty);
            } else {
                t1.passThrough[p].write(t1.passValue(b, p), out);
            }
        }
        int age = t1.age(b);
        int sex = t1.sex(b);
        out.field(age == FormRowStore.MISSING ? empty : number(age));
        out.field(sex == FormRowStore.MISSING ? empty : sexes[sex]);
        interval(t1.date(b), t2.date(u));
        out.field(statuses[t1.status(b)]);
        out.field(statuses[t2.status(u)]);
        out.field(t1.ageOutsideVersion(b) || t2.ageOutsideVersion(u) ? yes : no);
        ChoiceCells choice = choiceCells(age, sex);
        if (choice.noneAtAll) {
            withoutReliableChange++;
        }
        for (int s = 0; s < columns.scoreNames.size(); s++) {
            scale(s, t1.score(b, s), t2.score(u, s), choice.scales[s]);
        }
        out.field(choice.tables);
        if (addedValue != null) {
            addedValue.write(t1, b, t2, u);
        }
        for (int q = 0; q < columns.followUpQuestions.size(); q++) {
            int answer = t2.answer(u, q);
            out.field(answer == FormRowStore.MISSING ? empty : number(answer));
        }
        empties(orsColumns);
        out.endLine();
        pairs++;
    }

    private void empties(int count) {
        for (int i = 0; i < count; i++) {
            out.field(empty);
        }
    }

    private void interval(int t1, int t2) {
        if (t1 == SdqRowSink.NO_DATE || t2 == SdqRowSink.NO_DATE) {
            out.field(t1 == SdqRowSink.NO_DATE ? empty : dates.of(t1));
            out.field(t2 == SdqRowSink.NO_DATE ? empty : dates.of(t2));
            out.field(empty);
            out.field(noDates);
            withoutDates++;
            return;
        }
        out.field(dates.of(t1));
        out.field(dates.of(t2));
        out.field(number(t2 - t1));
        FollowUpWindow.Fit fit = window.fit(t1, t2);
        out.field(fitNotes[fit.ordinal()]);
        if (fit == FollowUpWindow.Fit.SHORTER) {
            shorter++;
        } else if (fit == FollowUpWindow.Fit.LONGER) {
            longer++;
        }
    }

    /**
     * The columns of score {@code s}: one prepared block when both scores are there (the usual case), else cell
     * by cell, with everything but the score that is there empty.
     */
    private void scale(int s, int t1, int t2, ScaleCells cells) {
        if (t1 != FormRowStore.MISSING && t2 != FormRowStore.MISSING) {
            out.field(cells.block(t1, t2));
            return;
        }
        out.field(t1 == FormRowStore.MISSING ? empty : number(t1));
        out.field(t2 == FormRowStore.MISSING ? empty : number(t2));
        out.field(empty);
        if (columns.rciScores[s]) {
            empties(2);
        }
        if (columns.bandScores[s]) {
            out.field(bandName(s, t1));
            out.field(bandName(s, t2));
            if (columns.rciScores[s]) {
                out.field(empty);
            }
        }
    }

    private Prepared bandName(int s, int value) {
        return value < 0 || value >= BAND_VALUES ? empty : bandNames[s][value];
    }

    private ChoiceCells choiceCells(int age, int sex) {
        ChoiceCells cells = byAgeAndSex[age + 1][sex + 1];
        if (cells == null) {
            ReliableChangeChoice choice = columns.rules.tablesFor(
                    age == FormRowStore.MISSING ? OptionalInt.empty() : OptionalInt.of(age),
                    sex == FormRowStore.MISSING ? Optional.empty() : Optional.of(Sex.values()[sex]));
            cells = byChoice.computeIfAbsent(choice, ChoiceCells::new);
            byAgeAndSex[age + 1][sex + 1] = cells;
        }
        return cells;
    }

    private Prepared number(int value) {
        return value >= -128 && value < 128 ? numbers[value + 128] : out.prepare(String.valueOf(value));
    }

    /** Pairs written. */
    long pairs() {
        return pairs;
    }

    /** Pairs whose interval is shorter than the window. */
    long shorter() {
        return shorter;
    }

    /** Pairs whose interval is longer than the window. */
    long longer() {
        return longer;
    }

    /** Pairs without both dates. */
    long withoutDates() {
        return withoutDates;
    }

    /** Pairs with no reliable change index at all (no norms table fits the child, or none exists). */
    long withoutReliableChange() {
        return withoutReliableChange;
    }

    /** Pairs with an Added Value Score. */
    long withAddedValue() {
        return addedValue == null ? 0 : addedValue.scored();
    }

    /** The cells of one reliable change choice: the tables it names, and each score's cells. */
    private final class ChoiceCells {
        /** The five cells naming the tables and the notes, as one block. */
        final Prepared tables;
        final ScaleCells[] scales;
        final boolean noneAtAll;

        ChoiceCells(ReliableChangeChoice choice) {
            tables = out.prepareFields(List.of(
                    choice.sdTable().map(TableRef::id).orElse(""),
                    choice.sdTable().map(t -> t.source().confidence().code()).orElse(""),
                    choice.reliabilityTable().map(TableRef::id).orElse(""),
                    choice.reliabilityTable().map(t -> t.source().confidence().code()).orElse(""),
                    String.join("; ", choice.notes().stream().map(n -> n.in(locale)).toList())));
            scales = new ScaleCells[columns.scoreNames.size()];
            for (int s = 0; s < scales.length; s++) {
                scales[s] = new ScaleCells(out, decimalComma, columns, s, choice);
            }
            noneAtAll = choice.bases().isEmpty();
        }
    }
}
