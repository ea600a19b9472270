package se.hlt.assessment.pairing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hlt.assessment.scoring.Texts;

/**
 * Ids that differ only in case or spaces ({@code 'Ab 12'} and {@code 'ab12'}), among forms that were not paired:
 * likely one child typed two ways. Pairing goes by the id exactly as written (a team may mean two ids that differ
 * only in case), so these are never paired; this is a hint for the person who typed them.
 *
 * @param ids the distinct ids as written, in the order first seen (two or more)
 */
public record Lookalike(List<String> ids) {

    /** Copies the ids and checks there are at least two. */
    public Lookalike {
        ids = List.copyOf(ids);
        if (ids.size() < 2) {
            throw new IllegalArgumentException("a lookalike needs two ids or more: " + ids);
        }
    }

    /**
     * The groups of ids in {@code ids} (in any order, repeats allowed) that are written differently but are the
     * same once case and whitespace are ignored, in the order their first id is seen.
     */
    public static List<Lookalike> among(List<String> ids) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (String id : ids) {
            byKey.computeIfAbsent(key(id), k -> new LinkedHashSet<>()).add(id);
        }
        List<Lookalike> found = new ArrayList<>();
        for (Set<String> written : byKey.values()) {
            if (written.size() > 1) {
                found.add(new Lookalike(new ArrayList<>(written)));
            }
        }
        return found;
    }

    private static String key(String id) {
        return id.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toLowerCase(Locale.ROOT);
    }

    /** The hint in English, e.g. "ids 'Ab 12' and 'ab12' differ only in case or spaces: ...". */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** The hint in {@code locale}: Swedish for a Swedish locale, English otherwise. */
    public String message(Locale locale) {
        List<String> quoted = ids.stream().map(id -> "'" + id + "'").collect(Collectors.toList());
        String last = quoted.remove(quoted.size() - 1);
        String listed = String.join(", ", quoted) + " " + Texts.format("lookalike.and", locale) + " " + last;
        // the ids go in as an argument, so that a quote or a brace in an id is never read as MessageFormat syntax
        return Texts.format("lookalike.ids", locale, listed);
    }
}
