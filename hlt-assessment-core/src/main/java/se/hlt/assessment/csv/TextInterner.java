package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct text a small number, 0, 1, 2 ... in order of first sight: pairing keeps the ids and
 * pass-through values of millions of rows, most of them repeats (an area, a period), as an int per row, and
 * {@link se.hlt.assessment.pairing.Pairing} matches rows by these numbers.
 *
 * <p>Texts are compared without surrounding whitespace ({@link String#strip()}), which a spreadsheet adds unseen;
 * a blank text has no number. Not thread-safe (one per reading thread).
 */
final class TextInterner {

    /** The number of a blank text. */
    static final int BLANK = -1;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** How many distinct texts have numbers. */
    int size() {
        return texts.size();
    }

    /** The number of {@code text} (without surrounding whitespace), new or not, or {@link #BLANK}. */
    int intern(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return BLANK;
        }
        Integer known = numbers.putIfAbsent(stripped, texts.size());
        if (known != null) {
            return known;
        }
        texts.add(stripped);
        return texts.size() - 1;
    }

    /** The number of {@code text} (without surrounding whitespace), if it has one; nothing is added. */
    int find(String text) {
        return numbers.getOrDefault(text.strip(), BLANK);
    }

    /** The text numbered {@code number}, or an empty text for {@link #BLANK}. */
    String text(int number) {
        return number == BLANK ? "" : texts.get(number);
    }
}
