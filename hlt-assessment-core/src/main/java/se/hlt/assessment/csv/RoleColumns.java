package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns of an SDQ header hold a row's roles (timepoint, age, sex, date), by the name the user gives
 * ({@code --column age=ålder_år}), else by the English or Swedish name ({@code ålder}, {@code kön},
 * {@code tidpunkt}, {@code datum}); a column named by its role is passed through when the user named another
 * for it.
 *
 * <p>A column named with an informant prefix and a role ({@code page}, {@code psex}) may equally be a page number
 * or anything else, so it is read in the role only when that is unambiguous: its prefix is the file's informant's
 * and no other column holds the role; and then a note says so. Otherwise ({@code sage} in a parent file) it passes
 * through, with a note: it never decides the informant, and it is never taken as the age silently.
 */
final class RoleColumns {

    static final String TIMEPOINT = "timepoint";
    static final String AGE = "age";
    static final String SEX = "sex";
    static final String DATE = "date";

    /** The Swedish (and ASCII-folded) names of the roles. */
    private static final Map<String, String> SWEDISH = Map.of("tidpunkt", TIMEPOINT, "mättillfälle", TIMEPOINT,
            "ålder", AGE, "alder", AGE, "kön", SEX, "kon", SEX, "datum", DATE);

    /** The names an id column goes by when none is named: this tool's, then the Swedish serial number's. */
    private static final List<String> ID_NAMES = List.of("id", "löpnr", "lopnr");

    private final List<String> header;
    private final List<String> keys;
    private final ExportConventions export;
    private final boolean readDates;
    /** The prefixed candidates: column &rarr; {prefix, role}. */
    private final Map<Integer, String[]> prefixed = new LinkedHashMap<>();
    final List<ReadingNote> notes = new ArrayList<>();

    RoleColumns(List<String> header, ExportConventions export, boolean readDates) {
        this.header = header;
        this.keys = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        this.export = export;
        this.readDates = readDates;
    }

    /** The id column's name when the user names none: the first of {@link #ID_NAMES} in {@code header}, or id. */
    static String idName(List<String> header) {
        List<String> keys = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        return ID_NAMES.stream().filter(keys::contains).findFirst().orElse(ID_NAMES.get(0));
    }

    /** The column a name given with {@code --column} does not match, if any: the file is then refused. */
    Optional<Refusal> missingNamed() {
        for (Map.Entry<String, String> named : export.columns().entrySet()) {
            boolean sdqRole = List.of(TIMEPOINT, AGE, SEX, DATE).contains(named.getKey());
            if (sdqRole && !keys.contains(named.getValue())) {
                return Optional.of(Refusal.of(RefusalKind.MISSING_COLUMN, named.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The role column {@code c} holds by its name or the user's naming; empty for any other column. */
    Optional<String> role(int c) {
        String key = keys.get(c);
        for (Map.Entry<String, String> named : export.columns().entrySet()) {
            if (named.getValue().equals(key)) { // a date named so is only read where dates are
                return named.getKey().equals(DATE) && !readDates ? Optional.empty() : Optional.of(named.getKey());
            }
        }
        String role = SWEDISH.getOrDefault(key, key);
        boolean known = role.equals(TIMEPOINT) || role.equals(AGE) || role.equals(SEX)
                || (readDates && role.equals(DATE));
        // a column named for a role the user put elsewhere is only a column
        return known && export.column(role).isEmpty() ? Optional.of(role) : Optional.empty();
    }

    /** Whether column {@code c}, whose name starts with an informant's {@code prefix}, is a candidate for a role. */
    boolean prefixedCandidate(int c, char prefix) {
        String rest = keys.get(c).substring(1);
        if ((rest.equals(AGE) || rest.equals(SEX)) && export.column(rest).isEmpty()) {
            prefixed.put(c, new String[] {String.valueOf(prefix), rest});
            return true;
        }
        return false;
    }

    /**
     * Settles the prefixed candidates once the file's informant {@code prefix} is known, and which columns hold
     * the age and the sex by their names (-1 for none): each is read in its role (returned, column &rarr; role)
     * or passes through (added to {@code passing}), with a note either way.
     */
    Map<Integer, String> settle(char prefix, int ageColumn, int sexColumn, List<Integer> passing) {
        Map<String, Integer> taken = new java.util.HashMap<>();
        if (ageColumn >= 0) {
            taken.put(AGE, ageColumn);
        }
        if (sexColumn >= 0) {
            taken.put(SEX, sexColumn);
        }
        Map<Integer, String> read = new LinkedHashMap<>();
        for (Map.Entry<Integer, String[]> candidate : prefixed.entrySet()) {
            int c = candidate.getKey();
            String role = candidate.getValue()[1];
            boolean own = candidate.getValue()[0].charAt(0) == prefix;
            boolean alone = !taken.containsKey(role) && !read.containsValue(role)
                    && prefixed.values().stream().filter(v -> v[1].equals(role) && v[0].charAt(0) == prefix)
                    .count() == 1;
            if (own && alone) {
                read.put(c, role);
                notes.add(ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_READ, header.get(c), role));
            } else {
                passing.add(c);
                notes.add(ReadingNote.of(ReadingNote.Kind.PREFIXED_COLUMN_PASSED, header.get(c), role));
            }
        }
        return read;
    }
}
