package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.hlt.assessment.instrument.InstrumentDefinition;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.series.SeriesScorer;

/**
 * Where each field of the long format is in a file, read from its header: {@code client}, {@code episode},
 * {@code session}, {@code date}, {@code instrument}, {@code rater}, {@code age}, and the answer columns, which are
 * the questions of the session measures by their short names ({@code individually ... overall},
 * {@code relationship goals approach}, {@code rating}, {@code total}). Column names are matched without regard to
 * case or surrounding spaces; a few Swedish names are understood too ({@code klient}, {@code datum},
 * {@code skattare}, {@code ålder}), and any column the user names for a field ({@code --column client=klientnr}).
 * Any other column passes through to the output unchanged.
 */
final class SessionColumns {

    /** The fields of the long format, with the column names each is recognised by. */
    enum Field {
        CLIENT("client", "klient", "client_id"),
        EPISODE("episode", "episod"),
        SESSION("session", "samtal"),
        DATE("date", "datum"),
        INSTRUMENT("instrument", "formulär", "formular"),
        RATER("rater", "skattare", "bedömare"),
        AGE("age", "ålder", "alder");

        private final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }

        /** The column name the files written use. */
        String canonical() {
            return names.get(0);
        }
    }

    final List<String> header;
    private final Map<Field, Integer> fields = new java.util.EnumMap<>(Field.class);
    /** Answer column name (a question's short name) &rarr; its position. */
    final Map<String, Integer> answers = new java.util.LinkedHashMap<>();

    private SessionColumns(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** The position of {@code field}'s column, or -1 when the file has none. */
    int position(Field field) {
        return fields.getOrDefault(field, -1);
    }

    /** The header of the client column as the file has it, for the errors file. */
    String clientHeader() {
        return header.get(position(Field.CLIENT));
    }

    /**
     * Reads a header.
     *
     * @return the columns, or why the file cannot be read as sessions
     */
    static Outcome<SessionColumns> analyse(List<String> header, SeriesScorer scorer, ExportConventions export) {
        SessionColumns columns = new SessionColumns(header);
        Map<String, Field> byName = new HashMap<>();
        for (Field f : Field.values()) {
            // a field the user named a column for (--column client=klientnr) is known by that name alone
            Optional<String> named = export.column(f.canonical());
            if (named.isPresent() && header.stream().noneMatch(h -> normalised(h).equals(named.get()))) {
                return Outcome.refused(RefusalKind.MISSING_COLUMN, named.get());
            }
            named.ifPresentOrElse(n -> byName.put(n, f), () -> f.names.forEach(n -> byName.put(n, f)));
        }
        Set<String> answerNames = answerNames(scorer);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalised(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = seen.put(name, i);
            Field field = byName.get(name);
            boolean answer = answerNames.contains(name);
            if (earlier != null && (field != null || answer)) {
                return Outcome.refused(RefusalKind.DUPLICATE_COLUMN, header.get(earlier), header.get(i));
            }
            if (field != null) {
                Integer other = columns.fields.putIfAbsent(field, i);
                if (other != null) {
                    return Outcome.refused(RefusalKind.DUPLICATE_COLUMN, header.get(other), header.get(i));
                }
            } else if (answer) {
                columns.answers.put(name, i);
            }
        }
        for (Field required : List.of(Field.CLIENT, Field.SESSION, Field.INSTRUMENT)) {
            if (columns.position(required) < 0) {
                return Outcome.refused(RefusalKind.MISSING_COLUMN, required.canonical());
            }
        }
        if (columns.answers.isEmpty()) {
            return Outcome.refused(RefusalKind.NO_ANSWER_COLUMN, String.join(", ", answerNames));
        }
        return Outcome.done(columns);
    }

    /** The short names of every question of every session measure, in definition order. */
    private static Set<String> answerNames(SeriesScorer scorer) {
        Set<String> names = new LinkedHashSet<>();
        List<String> instruments = new ArrayList<>(scorer.rules().measures().outcome());
        instruments.addAll(scorer.rules().measures().alliance());
        for (String id : instruments) {
            scorer.scorer().instruments().find(id).map(InstrumentDefinition::questions)
                    .ifPresent(qs -> qs.stream().map(Question::name).forEach(names::add));
        }
        return names;
    }

    static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
