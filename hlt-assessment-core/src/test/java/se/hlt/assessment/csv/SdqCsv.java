package se.hlt.assessment.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds SDQ CSV text for tests: a header of the official column names for one informant prefix, and rows given
 * as a few named cells (every other cell empty).
 */
final class SdqCsv {

    /** The 25 items, in form order (4-17 names). */
    static final List<String> ITEMS = List.of("consid", "restles", "somatic", "shares", "tantrum", "loner", "obeys",
            "worries", "caring", "fidgety", "friend", "fights", "unhappy", "popular", "distrac", "clingy", "kind",
            "lies", "bullied", "helpout", "reflect", "steals", "oldbest", "afraid", "attends");
    /** The gate and the parent/self impact questions. */
    static final List<String> IMPACT = List.of("ebddiff", "distres", "imphome", "impfrie", "impclas", "impleis");

    private final String prefix;
    private final List<String> columns = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private String delimiter = ",";
    private String lineEnd = "\n";

    private SdqCsv(String prefix, List<String> columns) {
        this.prefix = prefix;
        this.columns.addAll(columns);
    }

    /** {@code id}, the 25 items and the impact questions with {@code prefix}, then {@code extra} columns. */
    static SdqCsv withPrefix(String prefix, String... extra) {
        List<String> columns = new ArrayList<>();
        columns.add("id");
        ITEMS.forEach(i -> columns.add(prefix + i));
        IMPACT.forEach(i -> columns.add(prefix + i));
        columns.addAll(List.of(extra));
        return new SdqCsv(prefix, columns);
    }

    /** A header of exactly these columns. */
    static SdqCsv ofColumns(String prefix, List<String> columns) {
        return new SdqCsv(prefix, columns);
    }

    /** Every item column with {@code prefix} set to {@code value}. */
    static Map<String, String> allItems(String prefix, String value) {
        Map<String, String> cells = new HashMap<>();
        ITEMS.forEach(i -> cells.put(prefix + i, value));
        return cells;
    }

    /** Uses {@code delimiter} between cells. */
    SdqCsv delimiter(String newDelimiter) {
        this.delimiter = newDelimiter;
        return this;
    }

    /** Ends lines with {@code end}. */
    SdqCsv lineEnd(String end) {
        this.lineEnd = end;
        return this;
    }

    /** The header's columns. */
    List<String> columns() {
        return List.copyOf(columns);
    }

    /** A row with an id, every item set to {@code itemValue}, and the named cells (full column names). */
    SdqCsv row(String id, String itemValue, Map<String, String> cells) {
        Map<String, String> all = new HashMap<>(allItems(prefix, itemValue));
        all.putAll(cells);
        all.put("id", id);
        return row(all);
    }

    /** A row of the named cells; columns not named are empty. */
    SdqCsv row(Map<String, String> cells) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(cells.getOrDefault(column, ""));
        }
        lines.add(String.join(delimiter, values));
        return this;
    }

    /** A line exactly as given (for blank lines, wrong cell counts, quoting). */
    SdqCsv line(String text) {
        lines.add(text);
        return this;
    }

    /** The CSV text. */
    String text() {
        StringBuilder sb = new StringBuilder(String.join(delimiter, columns)).append(lineEnd);
        for (String line : lines) {
            sb.append(line).append(lineEnd);
        }
        return sb.toString();
    }

    /** A map from alternating names and values. */
    static Map<String, String> cells(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
