package se.hlt.assessment.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile and careless changes to a good CSV file: what a spreadsheet, a text editor or a hurried export does to
 * it. Each change works on the file's lines (the header first) and records what it planted.
 */
final class HostileCsv {

    /** A good file to spoil: its lines, its delimiter, and which columns are the id, a passed-through one, an answer, the age. */
    record Base(List<String> lines, char delimiter, String idCol, String passCol, String itemCol, String ageCol) {
    }

    /** What a change did: the file's bytes, and the personal numbers and formulas it planted. */
    static final class Spoiled {
        List<String> lines;
        final List<String> pins = new ArrayList<>();
        final List<String> formulas = new ArrayList<>();
        byte[] raw;
        String name = "";
        boolean crlf;
        boolean bom;

        Spoiled(List<String> lines) {
            this.lines = new ArrayList<>(lines);
        }

        byte[] bytes() {
            if (raw != null) {
                return raw;
            }
            String text = String.join(crlf ? "\r\n" : "\n", lines) + (lines.isEmpty() ? "" : crlf ? "\r\n" : "\n");
            return ((bom ? "\ufeff" : "") + text).getBytes(StandardCharsets.UTF_8);
        }
    }

    static final String[] NUMBERS = {"1e400", "NaN", "-0", "\u0663", "\uff12", "+1", " 1 ", "1.0", "0x1", "\u221e",
        "1,0", "Infinity", "9999999999999999999999", "-1", "3", "1\u00a0", "\u00a01", "0\u0000"};
    static final String[] AGES = {"999999999999", "-1", "1e3", "NaN", "4294967305", "\u0669", "\uff19", "9.5", " 9",
        "9,0", "-0", "2147483648", "0", "", "nine"};
    static final String[] FORMULAS = {"=1+2", "@SUM(A1)", "+46 70", "-3+3", "=HYPERLINK(\"http://x\")", "\t=1",
        "\r=1", "=cmd|' /C calc'!A0"};

    /** The names of the single changes, in order; {@link #apply} takes one of them. */
    static final List<String> CHANGES = List.of("empty", "header only", "header only without newline", "bom crlf",
            "mixed delimiter row", "nul byte", "invalid utf-8 in header", "invalid utf-8 in a row",
            "invalid utf-8 at the end", "huge pass-through cell", "huge answer cell", "10000 columns",
            "duplicate pass-through column", "duplicate answer column", "duplicate id column", "column named a pin",
            "column named a formula", "id is a formula", "id is a pin", "pass-through cell is a pin",
            "pass-through cell is a formula", "answer is odd", "age is odd", "stray quote", "stray quote in last row",
            "short row", "long row", "blank and whitespace lines", "cr line endings", "no final newline",
            "line break in a quoted pass-through cell", "row of quotes", "trailing delimiter in header",
            "empty column name", "column name padded", "pin in an answer cell", "many bad rows", "only delimiters");

    private HostileCsv() {
    }

    /** Applies the named change to a copy of the base. */
    static Spoiled apply(String change, Base base, Random random, Spoiled s) {
        s.name = s.name.isEmpty() ? change : s.name + " + " + change;
        String d = String.valueOf(base.delimiter());
        List<String> l = s.lines;
        int row = l.size() > 1 ? 1 + random.nextInt(l.size() - 1) : 0;
        switch (change) {
            case "empty" -> s.raw = new byte[0];
            case "header only" -> s.lines = new ArrayList<>(l.subList(0, 1));
            case "header only without newline" -> s.raw = l.get(0).getBytes(StandardCharsets.UTF_8);
            case "bom crlf" -> {
                s.bom = true;
                s.crlf = true;
            }
            case "mixed delimiter row" -> l.set(row, l.get(row).replace(d, base.delimiter() == ',' ? ";" : ","));
            case "nul byte" -> l.set(row, insert(random, l.get(row), "\u0000"));
            case "invalid utf-8 in header", "invalid utf-8 in a row", "invalid utf-8 at the end" ->
                    s.raw = invalidUtf8(change, s);
            case "huge pass-through cell" -> set(base, l, row, base.passCol(), "x".repeat(2_000_000));
            case "huge answer cell" -> set(base, l, row, base.itemCol(), "1".repeat(300_000));
            case "10000 columns" -> {
                StringBuilder head = new StringBuilder(l.get(0));
                for (int i = 0; i < 10_000; i++) {
                    head.append(d).append("x").append(i);
                }
                l.set(0, head.toString());
                for (int i = 1; i < l.size(); i++) {
                    l.set(i, l.get(i) + d.repeat(10_000));
                }
            }
            case "duplicate pass-through column" -> duplicate(l, d, base.passCol());
            case "duplicate answer column" -> duplicate(l, d, base.itemCol());
            case "duplicate id column" -> duplicate(l, d, base.idCol());
            case "column named a pin" -> {
                String core = HostileNumbers.core(random);
                s.pins.add(core);
                rename(l, d, base.passCol(), quoteIfNeeded(HostileNumbers.shaped(random, core), d));
            }
            case "column named a formula" -> {
                String f = FORMULAS[random.nextInt(FORMULAS.length)];
                s.formulas.add(f);
                rename(l, d, base.passCol(), quoteIfNeeded(f, d));
            }
            case "id is a formula" -> formula(base, l, row, base.idCol(), random, s);
            case "id is a pin" -> pin(base, l, row, base.idCol(), random, s);
            case "pass-through cell is a pin" -> pin(base, l, row, base.passCol(), random, s);
            case "pass-through cell is a formula" -> formula(base, l, row, base.passCol(), random, s);
            case "pin in an answer cell" -> pin(base, l, row, base.itemCol(), random, s);
            case "answer is odd" -> set(base, l, row, base.itemCol(),
                    quoteIfNeeded(NUMBERS[random.nextInt(NUMBERS.length)], d));
            case "age is odd" -> set(base, l, row, base.ageCol(), quoteIfNeeded(AGES[random.nextInt(AGES.length)], d));
            case "stray quote" -> l.set(row, insert(random, l.get(row), "\"oops"));
            case "stray quote in last row" -> l.set(l.size() - 1, "\"" + l.get(l.size() - 1));
            case "short row" -> l.set(row, l.get(row).substring(0, Math.max(0, l.get(row).lastIndexOf(d))));
            case "long row" -> l.set(row, l.get(row) + d + "extra" + d + "more");
            case "blank and whitespace lines" -> {
                l.add(row, "");
                l.add(Math.min(row + 2, l.size()), "   ");
                l.add("");
            }
            case "cr line endings" -> s.raw = String.join("\r", l).concat("\r").getBytes(StandardCharsets.UTF_8);
            case "no final newline" -> s.raw = String.join("\n", l).getBytes(StandardCharsets.UTF_8);
            case "line break in a quoted pass-through cell" ->
                    set(base, l, row, base.passCol(), "\"first line\nsecond line\n\"");
            case "row of quotes" -> l.add(row, "\"\"\"\"");
            case "trailing delimiter in header" -> l.set(0, l.get(0) + d);
            case "empty column name" -> rename(l, d, base.passCol(), "");
            case "column name padded" -> rename(l, d, base.itemCol(), " " + base.itemCol().toUpperCase() + " ");
            case "many bad rows" -> {
                for (int i = 1; i < l.size(); i += 2) {
                    l.set(i, l.get(i).substring(0, l.get(i).length() / 2));
                }
            }
            case "only delimiters" -> l.add(row, d.repeat(l.get(0).split(d, -1).length - 1));
            default -> throw new IllegalArgumentException(change);
        }
        return s;
    }

    private static byte[] invalidUtf8(String change, Spoiled s) {
        byte[] good = s.bytes();
        int at = change.endsWith("header") ? 2 : change.endsWith("end") ? good.length : good.length / 2;
        if (change.endsWith("a row")) {
            while (at < good.length && good[at] != ',' && good[at] != ';') {
                at++;
            }
            at = Math.min(at + 1, good.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good, 0, at);
        out.write(0xC3);
        out.write(0x28);
        out.write(0xFF);
        out.write(good, at, good.length - at);
        return out.toByteArray();
    }

    private static void pin(Base base, List<String> l, int row, String col, Random random, Spoiled s) {
        String core = HostileNumbers.core(random);
        s.pins.add(core);
        set(base, l, row, col, quoteIfNeeded(HostileNumbers.shaped(random, core), String.valueOf(base.delimiter())));
    }

    private static void formula(Base base, List<String> l, int row, String col, Random random, Spoiled s) {
        String f = FORMULAS[random.nextInt(FORMULAS.length)];
        s.formulas.add(f);
        set(base, l, row, col, quoteIfNeeded(f, String.valueOf(base.delimiter())));
    }

    static String quoteIfNeeded(String text, String d) {
        return text.contains(d) || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void set(Base base, List<String> l, int row, String col, String value) {
        if (row == 0) {
            return;
        }
        String d = String.valueOf(base.delimiter());
        int at = List.of(l.get(0).split(java.util.regex.Pattern.quote(d), -1)).indexOf(col);
        String[] cells = l.get(row).split(java.util.regex.Pattern.quote(d), -1);
        if (at >= 0 && at < cells.length) {
            cells[at] = value;
            l.set(row, String.join(d, cells));
        }
    }

    private static void rename(List<String> l, String d, String col, String to) {
        String[] cells = l.get(0).split(java.util.regex.Pattern.quote(d), -1);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].equals(col)) {
                cells[i] = to;
                break;
            }
        }
        l.set(0, String.join(d, cells));
    }

    private static void duplicate(List<String> l, String d, String col) {
        l.set(0, l.get(0) + d + col);
        for (int i = 1; i < l.size(); i++) {
            l.set(i, l.get(i) + d + "1");
        }
    }

    private static String insert(Random random, String line, String what) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length());
        return line.substring(0, at) + what + line.substring(at);
    }
}
