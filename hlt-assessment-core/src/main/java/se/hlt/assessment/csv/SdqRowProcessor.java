package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.instrument.Sex;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.privacy.IdentityNumberColumn;
import se.hlt.assessment.scoring.FormResult;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.ProblemKind;

/**
 * Takes one CSV row at a time to its {@link SdqRowSink}: rejected, whole, when it has the wrong number of cells or
 * any cell that cannot be read (a code that is not allowed, an unreadable age, sex, timepoint or, where dates are
 * read, date); otherwise scored.
 *
 * <p>This is the hot path: it keeps one answer array per form and reuses every buffer, parses numbers by hand,
 * and allocates little beyond what the scorer returns.
 */
final class SdqRowProcessor {

    private static final String AGE_ALLOWED = "whole years from 0 to " + FormContexts.MAX_AGE + ", or empty";
    private static final String TIMEPOINT_ALLOWED = "baseline, followup, t1 or t2, or empty";
    private static final String DATE_ALLOWED = "a date as year-month-day, e.g. 2025-03-14, or empty";

    /** What {@link Sex#fromText} makes of each one-letter ASCII cell: a {@link Sex} ordinal, or -1 for nothing. */
    private static final int[] ONE_LETTER_SEXES = new int[128];

    static {
        for (char c = 0; c < ONE_LETTER_SEXES.length; c++) {
            ONE_LETTER_SEXES[c] = Sex.fromText(String.valueOf(c)).map(Sex::ordinal).orElse(-1);
        }
    }

    private final SdqLayout layout;
    private final AnswerCoding coding;
    private final SdqRowSink sink;
    private final FormContexts contexts = new FormContexts();
    private final int[][] codesByTimepoint;
    private final RowProblems problems = new RowProblems();
    private final List<String> notOnForm = new ArrayList<>(4);

    /** The columns whose cells may hold line breaks: the passed-through ones when the user allows it, else none. */
    private final int[] multilineColumns;
    /** Per screened column, its judgement as a whole; null for a column the user vouches for. */
    private final IdentityNumberColumn[] screens;
    private long scored;
    private long errors;
    /** The ages and sexes read, and the sex codes not, over the file. */
    private final ContextTally context = new ContextTally();
    /** What the answers of the whole file say about how it was exported. */
    private final AnswerQuality quality;
    private final ExportConventions export;

    SdqRowProcessor(SdqLayout layout, SdqBatchOptions options, SdqRowSink sink) {
        this.screens = new IdentityNumberColumn[layout.screenedColumns.length];
        for (int i = 0; i < screens.length; i++) {
            String name = layout.header.get(layout.screenedColumns[i]).trim().toLowerCase(java.util.Locale.ROOT);
            screens[i] = options.notPersonal().contains(name) ? null : new IdentityNumberColumn();
        }
        this.layout = layout;
        this.coding = options.coding();
        this.export = options.export();
        this.quality = new AnswerQuality(layout, options.coding());
        this.multilineColumns = options.multilineCells() ? layout.passThroughColumns : new int[0];
        this.sink = sink;
        this.codesByTimepoint = new int[layout.forms.length][];
        for (int t = 0; t < layout.forms.length; t++) {
            codesByTimepoint[t] = new int[layout.forms[t].questionNames().size()];
        }
    }

    /** Rows scored. */
    long scored() {
        return scored;
    }

    /**
     * Once every row is read: a refusal when a screened column, judged as a whole, holds personal identity
     * numbers ({@link IdentityNumberColumn}), naming its first such row.
     */
    Optional<Refusal> finish() {
        for (int i = 0; i < screens.length; i++) {
            if (screens[i] != null && screens[i].isPersonal()) {
                return Optional.of(identityNumber(layout.screenedColumns[i], screens[i].firstRow().orElseThrow()));
            }
        }
        return Optional.empty();
    }

    /** What the file as a whole gave of the age and the sex, as notes. */
    List<ReadingNote> notes() {
        List<ReadingNote> notes = context.notes(layout, scored > 0);
        notes.addAll(quality.notes());
        return notes;
    }

    /** Rows rejected. */
    long errors() {
        return errors;
    }

    /**
     * Scores or rejects one row.
     *
     * @param record a row that is not a blank line
     * @param row its number as a spreadsheet shows it
     * @return a refusal of the whole file if the row holds what looks like a personal identity number
     */
    Optional<Refusal> process(CsvRow record, long row) {
        problems.clear();
        boolean spanning = record.spansLines() && !record.breaksOnlyIn(multilineColumns);
        if (record.size() != layout.width() || spanning) {
            Optional<Refusal> identity = screenEveryCell(record, row);
            if (identity.isPresent()) {
                return identity;
            }
            if (spanning) {
                problems.spansLines(record); // rows swallowed by an open quote are named, never scored
            } else {
                problems.wrongCellCount(record.size(), layout.width());
            }
            reject(record, row);
            return Optional.empty();
        }
        for (int i = 0; i < screens.length; i++) {
            // a number written as one refuses the file now; bare digits are judged with their column at the end
            if (screens[i] != null && screens[i].add(record.cell(layout.screenedColumns[i]), row)) {
                return Optional.of(identityNumber(layout.screenedColumns[i], row));
            }
        }
        int timepoint = timepoint(record);
        int age = age(record);
        int sex = sex(record);
        int date = date(record);
        // with an unreadable timepoint (already a problem) the other cells are still checked, on the baseline form
        int t = Math.max(timepoint, 0);
        int[] codes = codesByTimepoint[t];
        Arrays.fill(codes, PreparedInstrument.MISSING);
        notOnForm.clear();
        for (SdqQuestionColumn column : layout.questionColumns) {
            readAnswer(record, column, t, codes);
        }
        if (problems.any()) {
            reject(record, row);
            return Optional.empty();
        }
        FormResult result = layout.forms[t].score(codes, contexts.of(age, sex));
        sink.scored(record, row, result, notOnForm, date);
        quality.scored(codes, t, record);
        scored++;
        return Optional.empty();
    }

    /**
     * A row with the wrong number of cells may have its cells shifted out of their columns, and a row that runs
     * over lines holds the rows an open quote swallowed, so every cell is screened, not only the id and
     * pass-through columns.
     */
    private Optional<Refusal> screenEveryCell(CsvRow record, long row) {
        int c = record.firstPersonalCell();
        return c < 0 ? Optional.empty() : Optional.of(identityNumber(c, row));
    }

    private Refusal identityNumber(int column, long row) {
        // a cell beyond the header's columns is named by its position, counting from 1
        String name = column < layout.width() ? layout.header.get(column) : String.valueOf(column + 1);
        return Refusal.of(RefusalKind.PERSONAL_IDENTITY_NUMBER, name, row);
    }

    private void reject(CsvRow record, long row) {
        String id;
        if (layout.idsFromRowNumbers()) {
            id = Long.toString(row);
        } else {
            id = layout.idColumn < record.size() ? record.text(layout.idColumn) : "";
        }
        sink.rejected(row, id, problems);
        errors++;
    }

    /** The row's timepoint as an ordinal, or -1 (with a problem) when its cell cannot be read. */
    private int timepoint(CsvRow record) {
        if (layout.timepointColumn < 0 || record.isBlank(layout.timepointColumn)) {
            return layout.defaultTimepoint.ordinal();
        }
        String cell = record.text(layout.timepointColumn);
        // only the SDQ's own timepoints: a session timepoint (ORS/SRS) names no SDQ form
        Optional<Timepoint> timepoint = Timepoint.fromText(cell)
                .filter(t -> t == Timepoint.BASELINE || t == Timepoint.FOLLOWUP);
        if (timepoint.isEmpty()) {
            problem(layout.timepointColumn, ProblemKind.BAD_VALUE, cell, TIMEPOINT_ALLOWED);
            return -1;
        }
        return timepoint.get().ordinal();
    }

    private int age(CsvRow record) {
        if (layout.ageColumn < 0) {
            return FormContexts.NONE;
        }
        int age = record.smallInt(layout.ageColumn);
        if (age == SmallInts.BLANK) {
            return FormContexts.NONE;
        }
        if (age < 0 || age > FormContexts.MAX_AGE) { // also NOT_WHOLE, which is negative
            problem(layout.ageColumn, ProblemKind.BAD_VALUE, record.text(layout.ageColumn), AGE_ALLOWED);
            return FormContexts.NONE;
        }
        context.ageRead();
        return age;
    }

    /** The row's sex as an ordinal; a code that cannot be read is tallied for one note, the row scored without. */
    private int sex(CsvRow record) {
        if (layout.sexColumn < 0 || record.isBlank(layout.sexColumn)) {
            return FormContexts.NONE;
        }
        CharSequence view = record.cell(layout.sexColumn);
        if (export.sexCodes().isEmpty() && view.length() == 1 && view.charAt(0) < ONE_LETTER_SEXES.length) {
            // the usual cell, f or m: read as Sex.fromText reads it, remembered per letter, no string made
            int sex = ONE_LETTER_SEXES[view.charAt(0)];
            if (sex >= 0) {
                context.sexRead();
                return sex;
            }
        }
        String cell = record.text(layout.sexColumn);
        Optional<Sex> sex = export.sex(cell);
        if (sex.isEmpty()) {
            context.sexUnread(cell);
            return FormContexts.NONE;
        }
        context.sexRead();
        return sex.get().ordinal();
    }

    /** The row's date as a day number, or {@link SdqRowSink#NO_DATE} when it has none or it cannot be read. */
    private int date(CsvRow record) {
        if (layout.dateColumn < 0) {
            return SdqRowSink.NO_DATE;
        }
        int date = record.isoDate(layout.dateColumn);
        if (date == IsoDates.BLANK) {
            return SdqRowSink.NO_DATE;
        }
        if (date == IsoDates.UNREADABLE) {
            problem(layout.dateColumn, ProblemKind.BAD_VALUE, record.text(layout.dateColumn), DATE_ALLOWED);
            return SdqRowSink.NO_DATE;
        }
        return date;
    }

    /**
     * Reads one answer into {@code codes}, or notes a problem. An answer the form does not ask is checked
     * against the question's codes and noted for the flags, but not scored.
     */
    private void readAnswer(CsvRow record, SdqQuestionColumn column, int timepoint, int[] codes) {
        int value = record.smallInt(column.column());
        if (value == SmallInts.BLANK) {
            return;
        }
        if (value == SmallInts.NOT_WHOLE) {
            problem(column.column(), ProblemKind.NOT_A_WHOLE_NUMBER, record.text(column.column()),
                    column.allowedText());
            return;
        }
        int code = value - coding.offset();
        int index = column.indexByTimepoint()[timepoint];
        PreparedInstrument form = layout.forms[timepoint];
        boolean allowed = index >= 0 ? form.accepts(index, code) : column.isCode(code);
        quality.answer(value, code, column.topCode());
        if (!allowed) {
            problem(column.column(), ProblemKind.CODE_NOT_ALLOWED, record.text(column.column()),
                    column.allowedText());
        } else if (index >= 0) {
            codes[index] = code;
        } else {
            notOnForm.add(column.question());
        }
    }

    private void problem(int column, ProblemKind kind, String cell, String allowed) {
        problems.add(column, layout.header.get(column), kind, cell, allowed);
    }
}
