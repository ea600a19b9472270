package se.hlt.assessment.cli.enter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.instrument.Question;
import se.hlt.assessment.instrument.ResponseScale;

/**
 * One typed line of item answers, such as {@code 0121 2012 1.}, read against the items still to be answered:
 * one character per answer when every code is a single digit (else answers separated by spaces), spaces ignored,
 * {@code .} or {@code -} for an unanswered item.
 *
 * <p>A line is taken whole or not at all: the first wrong code or a line longer than the items left is a
 * {@link Mistake}, and none of the line is kept, so that the person types the line again from the same item.
 *
 * @param answers the answers read, in item order, empty for an unanswered item (when there is no mistake)
 * @param mistake what is wrong with the line, if anything
 */
record TypedItems(List<OptionalInt> answers, Optional<Mistake> mistake) {

    /** What is wrong with a line: too many answers, or an answer that is not a code of its item. */
    sealed interface Mistake permits TooMany, NotACode {
    }

    /**
     * The line holds more answers than items are left.
     *
     * @param given how many answers the line holds
     * @param left how many items are left
     */
    record TooMany(int given, int left) implements Mistake {
    }

    /**
     * An answer is not a code of its item.
     *
     * @param item the item
     * @param typed what was typed for it
     */
    record NotACode(Question item, String typed) implements Mistake {
    }

    /**
     * Reads {@code line} as answers to {@code items} (the items left, in form order), each answered on
     * {@code scales.get(i)}.
     */
    static TypedItems read(String line, List<Question> items, List<ResponseScale> scales) {
        List<String> typed = split(line, scales.stream().allMatch(s -> s.maxCode() <= 9));
        if (typed.size() > items.size()) {
            return new TypedItems(List.of(), Optional.of(new TooMany(typed.size(), items.size())));
        }
        List<OptionalInt> answers = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            OptionalInt code = code(typed.get(i), scales.get(i));
            if (code == null) {
                return new TypedItems(List.of(), Optional.of(new NotACode(items.get(i), typed.get(i))));
            }
            answers.add(code);
        }
        return new TypedItems(answers, Optional.empty());
    }

    /**
     * The code {@code typed} stands for on {@code scale}: empty for a missing answer ({@code .}, {@code -}), or
     * {@code null} when it is no answer at all.
     */
    static OptionalInt code(String typed, ResponseScale scale) {
        if (typed.equals(".") || typed.equals("-")) {
            return OptionalInt.empty();
        }
        if (typed.isEmpty() || typed.length() > 3 || !typed.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int code = Integer.parseInt(typed);
        return scale.option(code).isPresent() ? OptionalInt.of(code) : null;
    }

    private static List<String> split(String line, boolean oneCharacterEach) {
        List<String> typed = new ArrayList<>();
        if (oneCharacterEach) {
            line.codePoints().filter(c -> !Character.isWhitespace(c))
                    .forEach(c -> typed.add(new String(Character.toChars(c))));
        } else {
            for (String token : line.strip().split("\\s+")) {
                if (!token.isEmpty()) {
                    typed.add(token);
                }
            }
        }
        return typed;
    }
}
