package se.hlt.assessment.csv;

import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to read an SDQ CSV file: which column holds the id, which version of the form was used, the default
 * timepoint, and how answers are coded.
 *
 * <pre>{@code
 * SdqBatchOptions options = SdqBatchOptions.defaults().withVersion("2-4").withCoding(AnswerCoding.FROM_ONE);
 * }</pre>
 *
 * @param idColumn the id column's name, when the user names one; empty means {@code id} if the file has it,
 *     and otherwise the row number
 * @param version the form's version, {@code 2-4}, {@code 4-17} or {@code 11-17}; empty means 4-17 for parent
 *     and teacher forms and 11-17 for self-report
 * @param followup whether rows are follow-up forms unless a {@code timepoint} cell says otherwise
 * @param coding how the answers are coded
 * @param multilineCells whether a passed-through cell may hold line breaks; otherwise a row that runs over lines
 *     goes to the errors file, naming its lines, as a quote that is never closed would swallow the rows after it
 * @param notPersonal the columns the user vouches hold no personal identity numbers (e.g. a column of time
 *     stamps), by name, compared ignoring case: they are not screened
 * @param keepFormulas whether text from the input that starts like a spreadsheet formula ({@code = + - @}, tab,
 *     carriage return) is written as it is; otherwise with a leading apostrophe. Counted either way
 * @param locale the language of the sentences the run writes (the reasons in the errors and unmatched files):
 *     Swedish for a Swedish locale, English otherwise; the codes beside them are the same in every language
 * @param export the export's own column names and sex codes, and the encoding of the files written
 */
public record SdqBatchOptions(Optional<String> idColumn, Optional<String> version, boolean followup,
                              AnswerCoding coding, boolean multilineCells, Set<String> notPersonal,
                              boolean keepFormulas, Locale locale, ExportConventions export) {

    /** The id column used when none is named. */
    public static final String DEFAULT_ID_COLUMN = "id";

    /** Checks that every part is present. */
    public SdqBatchOptions {
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(export, "export");
        notPersonal = notPersonal.stream().map(n -> n.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** No id column named, the version from the informant, baseline forms, answers coded from 0, in English. */
    public static SdqBatchOptions defaults() {
        return new SdqBatchOptions(Optional.empty(), Optional.empty(), false, AnswerCoding.FROM_ZERO, false, Set.of(),
                false, Locale.ENGLISH, ExportConventions.defaults());
    }

    /** These options with the id in the column called {@code name}; the file must have it. */
    public SdqBatchOptions withIdColumn(String name) {
        return new SdqBatchOptions(Optional.of(name), version, followup, coding, multilineCells, notPersonal,
                keepFormulas, locale, export);
    }

    /** These options for version {@code name} of the form, e.g. {@code 2-4}. */
    public SdqBatchOptions withVersion(String name) {
        return new SdqBatchOptions(idColumn, Optional.of(name), followup, coding, multilineCells, notPersonal,
                keepFormulas, locale, export);
    }

    /** These options with follow-up (true) or baseline (false) as the default timepoint. */
    public SdqBatchOptions withFollowup(boolean isFollowup) {
        return new SdqBatchOptions(idColumn, version, isFollowup, coding, multilineCells, notPersonal, keepFormulas,
                locale, export);
    }

    /** These options with answers coded as {@code answerCoding} says. */
    public SdqBatchOptions withCoding(AnswerCoding answerCoding) {
        return new SdqBatchOptions(idColumn, version, followup, answerCoding, multilineCells, notPersonal,
                keepFormulas, locale, export);
    }

    /** These options with line breaks allowed (true) or not in passed-through cells. */
    public SdqBatchOptions withMultilineCells(boolean allowed) {
        return new SdqBatchOptions(idColumn, version, followup, coding, allowed, notPersonal, keepFormulas, locale, export);
    }

    /** These options with the columns {@code names} vouched for as holding no personal identity numbers. */
    public SdqBatchOptions withNotPersonal(Set<String> names) {
        return new SdqBatchOptions(idColumn, version, followup, coding, multilineCells, names, keepFormulas, locale, export);
    }

    /** These options with formula-like input text written as it is (true) or guarded with an apostrophe. */
    public SdqBatchOptions withKeepFormulas(boolean keep) {
        return new SdqBatchOptions(idColumn, version, followup, coding, multilineCells, notPersonal, keep, locale,
                export);
    }

    /** These options with the run's sentences in {@code language} (Swedish, or English for any other). */
    public SdqBatchOptions withLocale(Locale language) {
        return new SdqBatchOptions(idColumn, version, followup, coding, multilineCells, notPersonal, keepFormulas,
                language, export);
    }

    /** These options with the export's conventions {@code conventions}. */
    public SdqBatchOptions withExport(ExportConventions conventions) {
        return new SdqBatchOptions(idColumn, version, followup, coding, multilineCells, notPersonal, keepFormulas,
                locale, conventions);
    }
}
