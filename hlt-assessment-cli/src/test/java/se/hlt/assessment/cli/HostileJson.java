package se.hlt.assessment.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hostile and careless changes to a good JSON document, each recording what it planted. */
final class HostileJson {

    /** A spoiled document: its bytes, what was done, the personal numbers planted. */
    record Spoiled(String name, byte[] bytes, List<String> pins) {
    }

    static final List<String> CHANGES = List.of("duplicate key", "duplicate key by escape", "trailing object",
            "trailing text", "two documents", "bom", "deep nesting", "very deep nesting", "number odd", "string odd",
            "id is a pin", "id is a pin number", "first string is a pin", "unknown timepoint", "contradicting informant",
            "contradicting timepoint", "empty", "null", "array", "empty object", "a string", "a number",
            "invalid utf-8", "raw nul", "escaped nul", "comment", "single quotes", "nan token", "trailing comma",
            "truncated", "unknown instrument", "instrument is a pin", "many keys", "key case", "nested wrong type",
            "odd date", "session odd", "whitespace only", "utf-16");

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\"[A-Za-z_]+\"\\s*:\\s*)(-?\\d+(\\.\\d+)?)");
    private static final Pattern FIRST_PAIR = Pattern.compile("\"([a-z_]+)\"\\s*:\\s*(-?\\d+(\\.\\d+)?|\"[^\"]*\")");
    private static final Pattern FIRST_STRING = Pattern.compile("(\"[a-z_]+\"\\s*:\\s*)\"[^\"]*\"");
    private static final String[] ODD_NUMBERS = {"4294967305", "1e400", "-1", "1.5", "\"9\"", "true", "null", "-0",
        "1E2", "99999999999999999999999", "[]", "{}", "2147483648", "-2147483649", "0.0000001"};
    private static final String[] ODD_STRINGS = {"\"\"", "\" \"", "\"=1+2\"", "\"\\u0000\"", "\"\u200b\"", "1", "null",
        "[\"a\"]", "\"\\ud800\""};

    private HostileJson() {
    }

    static Spoiled apply(String change, String good, Random random) {
        List<String> pins = new ArrayList<>();
        String t = good;
        switch (change) {
            case "duplicate key" -> t = replaceFirst(FIRST_PAIR, t, m -> "\"" + m.group(1) + "\": " + m.group(2)
                    + ", " + m.group());
            case "duplicate key by escape" -> t = replaceFirst(FIRST_PAIR, t, m -> "\"\\u00" + Integer.toHexString(
                    m.group(1).charAt(0)) + m.group(1).substring(1) + "\": " + m.group(2) + ", " + m.group());
            case "trailing object" -> t = t + "\n{}";
            case "trailing text" -> t = t + " garbage";
            case "two documents" -> t = t + t;
            case "bom" -> t = "\ufeff" + t;
            case "deep nesting" -> t = replaceFirst(FIRST_NUMBER, t, m -> m.group(1) + "[".repeat(5000) + "]".repeat(5000));
            case "very deep nesting" -> t = "[".repeat(200_000) + "]".repeat(200_000);
            case "number odd" -> t = replaceFirst(FIRST_NUMBER, t,
                    m -> m.group(1) + ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)]);
            case "string odd" -> t = replaceFirst(FIRST_STRING, t,
                    m -> m.group(1) + ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
            case "id is a pin" -> t = plantPin(t, random, pins, "(\"(id|client|episode)\"\\s*:\\s*)\"[^\"]*\"");
            case "id is a pin number" -> {
                String core = HostileNumbers.core(random);
                pins.add(core);
                t = replaceFirst(Pattern.compile("(\"(id|client)\"\\s*:\\s*)\"[^\"]*\""), t, m -> m.group(1) + core);
            }
            case "first string is a pin" -> t = plantPin(t, random, pins, FIRST_STRING.pattern());
            case "unknown timepoint" -> t = t.replaceFirst("\\{", "{\"timepoint\": \"folowup\", ");
            case "contradicting informant" -> t = t.replaceFirst("\\{", "{\"informant\": \"teacher\", ");
            case "contradicting timepoint" -> t = t.replaceFirst("\\{", "{\"timepoint\": \"followup\", ");
            case "empty" -> t = "";
            case "null" -> t = "null";
            case "array" -> t = "[" + t + "]";
            case "empty object" -> t = "{}";
            case "a string" -> t = "\"text\"";
            case "a number" -> t = "1";
            case "invalid utf-8" -> {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                int at = t.indexOf('"', t.indexOf(':')) + 1;
                byte[] out = new byte[b.length + 2];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) 0xC3;
                out[at + 1] = (byte) 0x28;
                System.arraycopy(b, at, out, at + 2, b.length - at);
                return new Spoiled(change, out, pins);
            }
            case "raw nul" -> t = t.replaceFirst("\"([a-z])", "\"\u0000$1");
            case "escaped nul" -> t = t.replaceFirst(":\\s*\"", ": \"\\\\u0000");
            case "comment" -> t = "// a note\n" + t;
            case "single quotes" -> t = t.replace('"', '\'');
            case "nan token" -> t = replaceFirst(FIRST_NUMBER, t, m -> m.group(1) + "NaN");
            case "trailing comma" -> t = t.replaceFirst("\\}\\s*$", ",}");
            case "truncated" -> t = t.substring(0, t.length() / 2);
            case "unknown instrument" -> t = t.replaceFirst("(\"instrument\"\\s*:\\s*)\"[^\"]*\"", "$1\"sdq-x-9-99\"");
            case "instrument is a pin" -> t = plantPin(t, random, pins, "(\"instrument\"\\s*:\\s*)\"[^\"]*\"");
            case "many keys" -> {
                StringBuilder keys = new StringBuilder("{");
                for (int i = 0; i < 100_000; i++) {
                    keys.append("\"k").append(i).append("\": ").append(i).append(", ");
                }
                t = t.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(keys.toString()));
            }
            case "key case" -> t = replaceFirst(FIRST_PAIR, t, m -> m.group().replaceFirst("\"[a-z]",
                    "\"" + Character.toUpperCase(m.group(1).charAt(0))));
            case "nested wrong type" -> t = t.replaceFirst("(\"(answers|sessions)\"\\s*:\\s*)", "$1\"no\", \"x\": ");
            case "odd date" -> t = t.replaceAll("\\d{4}-\\d\\d-\\d\\d", List.of("2026-02-30", "2025-13-01",
                    "+99999-01-01", "2025-1-5").get(random.nextInt(4)));
            case "session odd" -> t = t.replaceFirst("(\"session\"\\s*:\\s*)\\d+", "$1" + List.of("0", "-1",
                    "99999999999", "1e10", "1.5", "\"3\"").get(random.nextInt(6)));
            case "whitespace only" -> t = " \n\t ";
            case "utf-16" -> {
                return new Spoiled(change, t.getBytes(StandardCharsets.UTF_16), pins);
            }
            default -> throw new IllegalArgumentException(change);
        }
        return new Spoiled(change, t.getBytes(StandardCharsets.UTF_8), pins);
    }

    private static String plantPin(String t, Random random, List<String> pins, String field) {
        String core = HostileNumbers.core(random);
        String pin = HostileNumbers.shaped(random, core).replace("\u0000", "");
        pins.add(core);
        return replaceFirst(Pattern.compile(field), t, m -> m.group(1) + "\"" + pin + "\"");
    }

    private static String replaceFirst(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + by.apply(m) + text.substring(m.end());
    }
}
