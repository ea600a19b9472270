package se.hlt.assessment.cli;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Synthetic personal identity numbers in every shape people type them (issue 12): separators, padding, full-width
 * digits, inside text, ten or twelve digits, a wrong check digit, a spreadsheet's {@code .0}; and the pattern that
 * finds one again in an output whatever shape it was written in.
 */
final class HostileNumbers {

    /** The shapes, each turning ten digits {@code YYMMDDNNNC} into what is typed. */
    static final List<UnaryOperator<String>> SHAPES = List.of(
            d -> d.substring(0, 6) + "-" + d.substring(6),
            d -> d.substring(0, 6) + "+" + d.substring(6),
            d -> d.substring(0, 6) + " " + d.substring(6),
            d -> d.substring(0, 6) + "\u2013" + d.substring(6),
            d -> d.substring(0, 6) + "\u2011" + d.substring(6),
            d -> d.substring(0, 6) + "." + d.substring(6),
            d -> "\u00a0" + d.substring(0, 6) + "-" + d.substring(6) + "\u00a0",
            d -> fullWidth(d.substring(0, 6) + "-" + d.substring(6)),
            d -> "pnr " + d.substring(0, 6) + "-" + d.substring(6) + " mamma",
            d -> century(d) + d.substring(0, 6) + "-" + d.substring(6),
            d -> century(d) + d,
            d -> d,
            d -> century(d) + d + ".0",
            d -> wrongCheck(d).substring(0, 6) + "-" + wrongCheck(d).substring(6),
            d -> century(d) + wrongCheck(d).substring(0, 6) + "-" + wrongCheck(d).substring(6));

    private HostileNumbers() {
    }

    /** A ten-digit number with a valid check digit. */
    static String core(Random random) {
        return SyntheticNumbers.tenDigits(random);
    }

    /** The number {@code core} in a random shape. */
    static String shaped(Random random, String core) {
        return SHAPES.get(random.nextInt(SHAPES.size())).apply(core);
    }

    /** The number in the given shape. */
    static String shaped(int shape, String core) {
        return SHAPES.get(shape % SHAPES.size()).apply(core);
    }

    /**
     * Whether {@code text} holds the number whose ten digits are {@code core} (or the same with its check digit
     * changed), in any shape: digits made ASCII, up to three other characters between date and serial.
     */
    static boolean leaks(String text, String core) {
        String ascii = ascii(text);
        return finder(core).matcher(ascii).find() || finder(wrongCheck(core)).matcher(ascii).find();
    }

    private static Pattern finder(String core) {
        return Pattern.compile(Pattern.quote(core.substring(0, 6)) + "\\D{0,3}" + Pattern.quote(core.substring(6)));
    }

    static String wrongCheck(String d) {
        return d.substring(0, 9) + (char) ('0' + (d.charAt(9) - '0' + 1) % 10);
    }

    private static String century(String d) {
        return Integer.parseInt(d.substring(0, 2)) > 25 ? "19" : "20";
    }

    static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '\uff10') : (char) c));
        return wide.toString();
    }

    private static String ascii(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().forEach(c -> plain.append(c >= '\uff10' && c <= '\uff19' ? (char) (c - '\uff10' + '0') : (char) c));
        return plain.toString();
    }
}
