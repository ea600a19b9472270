package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Informant;
import se.hlt.assessment.instrument.Timepoint;
import se.hlt.assessment.scoring.PreparedInstrument;
import se.hlt.assessment.scoring.Scorer;

/**
 * What an SDQ CSV header means: which column holds the id, the timepoint, the age, the sex and each question;
 * which columns pass through; which forms score the rows; and the columns the output adds.
 *
 * <p>Built once per file by {@link #analyse}, which refuses a header that cannot be scored unambiguously.
 * Column names are matched ignoring case and surrounding spaces, and written back exactly as given.
 */
final class SdqLayout {

    final List<String> header;
    final Informant informant;
    final String version;
    final String prefix;
    /** The id column, or -1 when rows are identified by their row number. */
    final int idColumn;
    /** The id column's name for the errors file. */
    final String idHeader;
    final int timepointColumn;
    final int ageColumn;
    final int sexColumn;
    /** The date column when dates are read, else -1 (a {@code date} column then passes through). */
    final int dateColumn;
    /** The id and pass-through columns: screened for personal identity numbers. */
    final int[] screenedColumns;
    /** The columns that pass through untouched, in header order (the screened ones but the id). */
    final int[] passThroughColumns;
    final SdqQuestionColumn[] questionColumns;
    /** The baseline [0] and follow-up [1] forms of the version. */
    final PreparedInstrument[] forms;
    final Timepoint defaultTimepoint;
    /** The columns the output adds after the input's. */
    final SdqAddedColumns added;
    /** What reading the header noticed: columns read, or passed through, despite a name like a role's. */
    final List<ReadingNote> notes;

    private SdqLayout(Builder b) {
        header = b.header;
        informant = b.informant;
        version = b.version;
        prefix = b.prefix;
        idColumn = b.idColumn;
        idHeader = b.idColumn >= 0 ? b.header.get(b.idColumn) : SdqBatchOptions.DEFAULT_ID_COLUMN;
        timepointColumn = b.timepointColumn;
        ageColumn = b.ageColumn;
        sexColumn = b.sexColumn;
        dateColumn = b.dateColumn;
        screenedColumns = b.screened.stream().mapToInt(Integer::intValue).toArray();
        passThroughColumns = b.screened.stream().mapToInt(Integer::intValue).filter(c -> c != b.idColumn).sorted()
                .toArray();
        questionColumns = b.questions.toArray(SdqQuestionColumn[]::new);
        forms = b.forms;
        defaultTimepoint = b.defaultTimepoint;
        added = b.added;
        notes = List.copyOf(b.roles.notes);
    }

    /** How many cells every row must have. */
    int width() {
        return header.size();
    }

    /** Whether rows are identified by their row number, the file having no id column. */
    boolean idsFromRowNumbers() {
        return idColumn < 0;
    }

    /** The output's header: every input column, then the added ones. */
    List<String> outputHeader() {
        List<String> all = new ArrayList<>(header);
        all.addAll(added.all());
        return all;
    }

    /**
     * The layout of {@code header} (its cells as given), or why the file cannot be scored; {@code readDates}: whether
     * a {@code date} column is the forms' date rather than a column passed through.
     */
    static Outcome<SdqLayout> analyse(List<String> header, SdqBatchOptions options, Scorer scorer,
                                        SdqVocabulary vocabulary, boolean readDates) {
        return new Builder(header, options, scorer, vocabulary, readDates).build();
    }

    private static Optional<Refusal> refuse(RefusalKind kind, Object... arguments) {
        return Optional.of(Refusal.of(kind, arguments));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Works through the header one rule at a time; the first rule broken refuses the file. */
    private static final class Builder {
        private final List<String> header;
        private final SdqBatchOptions options;
        private final Scorer scorer;
        private final SdqVocabulary vocabulary;
        private final boolean readDates;
        private final RoleColumns roles;

        private int idColumn = -1;
        private int timepointColumn = -1;
        private int ageColumn = -1;
        private int sexColumn = -1;
        private int dateColumn = -1;
        private final List<Integer> screened = new ArrayList<>();
        /** Question columns as (column, question name as written without prefix). */
        private final Map<Integer, String> questionNames = new LinkedHashMap<>();
        /** The first column seen with each informant prefix. */
        private final Map<Character, Integer> prefixes = new LinkedHashMap<>();
        private Informant informant;
        private String version;
        private String prefix;
        private final PreparedInstrument[] forms = new PreparedInstrument[2];
        private Timepoint defaultTimepoint;
        private final List<SdqQuestionColumn> questions = new ArrayList<>();
        private SdqAddedColumns added;

        Builder(List<String> header, SdqBatchOptions options, Scorer scorer, SdqVocabulary vocabulary,
                boolean readDates) {
            this.header = List.copyOf(header);
            this.options = options;
            this.scorer = scorer;
            this.vocabulary = vocabulary;
            this.readDates = readDates;
            this.roles = new RoleColumns(header, options.export(), readDates);
        }

        Outcome<SdqLayout> build() {
            Optional<Refusal> refusal = findIdColumn()
                    .or(roles::missingNamed)
                    .or(this::classifyColumns)
                    .or(this::chooseInformant)
                    .or(this::settleRoles)
                    .or(this::chooseForms)
                    .or(this::placeQuestions)
                    .or(this::planOutput);
            return refusal.isPresent() ? Outcome.refused(refusal.get()) : Outcome.done(new SdqLayout(this));
        }

        private Optional<Refusal> findIdColumn() {
            String wanted = key(options.idColumn().orElse(RoleColumns.idName(header)));
            for (int c = 0; c < header.size(); c++) {
                if (key(header.get(c)).equals(wanted)) {
                    if (idColumn >= 0) {
                        return refuse(RefusalKind.DUPLICATE_COLUMN, header.get(idColumn), header.get(c));
                    }
                    idColumn = c;
                }
            }
            if (idColumn < 0 && options.idColumn().isPresent()) {
                return refuse(RefusalKind.ID_COLUMN_MISSING, options.idColumn().get());
            }
            if (idColumn >= 0) {
                screened.add(idColumn);
            }
            return Optional.empty();
        }

        private Optional<Refusal> classifyColumns() {
            Map<String, Integer> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == idColumn) {
                    continue;
                }
                String key = key(header.get(c));
                String field = roles.role(c).orElse(null);
                if (field == null && vocabulary.isPrefixOptional(key)) {
                    field = key;
                    questionNames.put(c, key);
                } else if (field == null && key.length() > 1 && vocabulary.informant(key.charAt(0)).isPresent()) {
                    String rest = key.substring(1);
                    if (vocabulary.isQuestion(rest)) {
                        field = rest;
                        prefixes.putIfAbsent(key.charAt(0), c);
                        questionNames.put(c, rest);
                    } else if (roles.prefixedCandidate(c, key.charAt(0))) {
                        continue; // settled once the informant is known
                    }
                }
                Integer earlier = field == null ? null : fields.put(field, c);
                if (field == null) {
                    screened.add(c); // passes through
                }
                if (earlier != null && !vocabulary.isQuestion(field)) {
                    // two columns for a question are caught once the version's names are known (lies = argues)
                    return refuse(RefusalKind.DUPLICATE_COLUMN, header.get(earlier), header.get(c));
                }
                place(field, c);
            }
            return Optional.empty();
        }

        private void place(String field, int c) {
            timepointColumn = RoleColumns.TIMEPOINT.equals(field) ? c : timepointColumn;
            ageColumn = RoleColumns.AGE.equals(field) ? c : ageColumn;
            sexColumn = RoleColumns.SEX.equals(field) ? c : sexColumn;
            dateColumn = RoleColumns.DATE.equals(field) ? c : dateColumn;
        }

        private Optional<Refusal> settleRoles() {
            roles.settle(prefix.charAt(0), ageColumn, sexColumn, screened).forEach((c, role) -> place(role, c));
            return Optional.empty();
        }

        private Optional<Refusal> chooseInformant() {
            if (prefixes.size() > 1) {
                List<String> examples = new ArrayList<>();
                prefixes.forEach((p, c) -> examples.add(header.get(c) + " (" + vocabulary.informant(p).orElseThrow()
                        .code() + ")"));
                return refuse(RefusalKind.MIXED_INFORMANTS, String.join(", ", examples));
            }
            boolean anyItem = questionNames.values().stream().anyMatch(vocabulary::isItem);
            if (!anyItem || prefixes.isEmpty()) {
                return refuse(RefusalKind.NO_ITEM_COLUMN);
            }
            char p = prefixes.keySet().iterator().next();
            informant = vocabulary.informant(p).orElseThrow();
            prefix = String.valueOf(p);
            return Optional.empty();
        }

        private Optional<Refusal> chooseForms() {
            version = options.version().map(String::trim)
                    .or(() -> scorer.instruments().defaultVersion(SdqVocabulary.FAMILY, informant)).orElse("");
            if (!vocabulary.isVersion(version)) {
                return refuse(RefusalKind.UNKNOWN_VERSION, version, vocabulary.versionList());
            }
            // the SDQ's own two timepoints (the ORS/SRS family is rated at the start or end of a session)
            for (Timepoint t : List.of(Timepoint.BASELINE, Timepoint.FOLLOWUP)) {
                var definition = scorer.instruments().find(SdqVocabulary.FAMILY, version, informant, t);
                if (definition.isEmpty()) {
                    return refuse(RefusalKind.VERSION_NOT_FOR_INFORMANT, version, informant.code());
                }
                forms[t.ordinal()] = scorer.prepared(definition.get().id()).orElseThrow();
            }
            defaultTimepoint = options.followup() ? Timepoint.FOLLOWUP : Timepoint.BASELINE;
            return Optional.empty();
        }

        private Optional<Refusal> placeQuestions() {
            Map<String, Integer> columnByQuestion = new HashMap<>();
            for (Map.Entry<Integer, String> entry : questionNames.entrySet()) {
                int c = entry.getKey();
                String written = entry.getValue();
                int[] indexes = new int[forms.length];
                String question = written;
                for (int t = 0; t < forms.length; t++) {
                    OptionalInt index = forms[t].indexOf(written);
                    indexes[t] = index.orElse(-1);
                    if (index.isPresent()) {
                        question = forms[t].questionNames().get(index.getAsInt());
                    }
                }
                boolean onEveryForm = indexes[0] >= 0 && indexes[1] >= 0;
                if (vocabulary.isItem(written) && !onEveryForm) {
                    // scoring a scale without one of its items would be silently wrong
                    return refuse(RefusalKind.ITEM_NOT_ON_VERSION, header.get(c), version);
                }
                Integer earlier = columnByQuestion.put(question, c);
                if (earlier != null) {
                    return refuse(RefusalKind.DUPLICATE_COLUMN, header.get(earlier), header.get(c));
                }
                questions.add(new SdqQuestionColumn(c, header.get(c), question, indexes, vocabulary.codes(written),
                        vocabulary.allowedText(written, options.coding())));
            }
            return Optional.empty();
        }

        private Optional<Refusal> planOutput() {
            PreparedInstrument form = forms[Timepoint.BASELINE.ordinal()];
            if (!form.scoreNames().equals(forms[Timepoint.FOLLOWUP.ordinal()].scoreNames())) {
                throw new IllegalStateException("baseline and follow-up forms of SDQ " + version + " differ in scores");
            }
            added = SdqAddedColumns.of(form, prefix, vocabulary, scorer.norms());
            for (String name : header) {
                for (String output : added.all()) {
                    if (key(name).equals(key(output))) {
                        return refuse(RefusalKind.OUTPUT_COLUMN_IN_INPUT, name);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
