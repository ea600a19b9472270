package se.hlt.assessment.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import se.hlt.assessment.cohort.AgeBands;
import se.hlt.assessment.privacy.PersonalIdentityNumbers;

/**
 * The cohort group of each row of a pairs file, numbered 0, 1, 2 ... in order of first sight: its instrument and
 * informant (each reported on its own), then its cells in the grouping columns, trimmed, or its age band where
 * the grouping asks for {@code ageband}. The key is built from the row's bytes, so that a million rows of a few
 * hundred groups make a few hundred strings, not a million; a new group's values are decoded once and screened
 * for personal identity numbers. One per reading thread; not thread-safe.
 */
final class PairGroups {

    /** What {@link #of} gives for a row whose age cannot be banded. */
    static final int NOT_AN_AGE = -1;
    /** What {@link #of} gives when a grouping cell refuses the file (see {@link #refusal()}). */
    static final int REFUSED = -2;
    private static final byte[][] AGE_BANDS = new byte[FormContexts.MAX_AGE + 2][];

    static {
        for (int age = -1; age <= FormContexts.MAX_AGE; age++) {
            AGE_BANDS[age + 1] = ageBand(age).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final PairsHeader header;
    private final ByteKeys keys = new ByteKeys();
    /** Each group's values: the instrument and informant, then one per grouping column. */
    private final List<List<String>> values = new ArrayList<>();
    /** Per group, whether the header has score columns for its instrument and informant. */
    private final List<Boolean> usable = new ArrayList<>();
    private byte[] key = new byte[128];
    private Optional<RefusalKind> refusal = Optional.empty();
    private String refusedColumn = "";

    PairGroups(PairsHeader header) {
        this.header = header;
    }

    /** The group number of {@code row}, or {@link #NOT_AN_AGE}, or {@link #REFUSED}. */
    int of(ByteRecord row) {
        int length = 0;
        for (int column : new int[] {header.instrument, header.informant}) {
            length = append(row, column, length);
        }
        for (int column : header.groupColumns) {
            if (column >= 0) {
                length = append(row, column, length);
                continue;
            }
            int age = row.smallInt(header.age);
            if (age != ByteRecord.BLANK && (age < 0 || age > FormContexts.MAX_AGE)) {
                return NOT_AN_AGE;
            }
            byte[] band = AGE_BANDS[age == ByteRecord.BLANK ? 0 : age + 1];
            if (key.length - length <= band.length) {
                key = Arrays.copyOf(key, key.length * 2 + band.length);
            }
            System.arraycopy(band, 0, key, length, band.length);
            length += band.length;
            key[length++] = 0;
        }
        int group = keys.number(key, length);
        return group == values.size() && !add(row) ? REFUSED : group;
    }

    /** Appends the trimmed cell and a 0 separator to the key; gives the new length. */
    private int append(ByteRecord row, int column, int length) {
        key = row.appendTrimmed(column, key, length);
        length += row.lastLength;
        if (length == key.length) {
            key = Arrays.copyOf(key, key.length * 2);
        }
        key[length++] = 0;
        return length;
    }

    /** Decodes a new group's values, screening each for a personal identity number. */
    private boolean add(ByteRecord row) {
        List<String> group = new ArrayList<>();
        for (int column : new int[] {header.instrument, header.informant}) {
            group.add(row.text(column).map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse(""));
        }
        usable.add(header.scales.stream().anyMatch(c -> c.scale().instrument().equals(group.get(0))
                && c.scale().informant().equals(group.get(1))));
        for (int column : header.groupColumns) {
            if (column < 0) {
                group.add(ageBand(row.smallInt(header.age)));
                continue;
            }
            Optional<String> text = row.text(column).map(String::trim);
            if (text.isEmpty() || PersonalIdentityNumbers.looksLike(text.get())) {
                refusal = Optional.of(text.isEmpty() ? RefusalKind.NOT_UTF8 : RefusalKind.PERSONAL_IDENTITY_NUMBER);
                refusedColumn = header.names.get(column);
                values.add(List.of()); // keeps numbering in step; never used, as the reading stops
                return false;
            }
            group.add(text.get());
        }
        values.add(List.copyOf(group));
        return true;
    }

    private static String ageBand(int age) {
        return AgeBands.hlt().columnValue(age < 0 || age == ByteRecord.BLANK ? OptionalInt.empty()
                : OptionalInt.of(age));
    }

    /** Whether the header has score columns for group {@code group}'s instrument and informant. */
    boolean usable(int group) {
        return usable.get(group);
    }

    /** Each group number's values: instrument, informant, then one per grouping column. */
    List<List<String>> values() {
        return values;
    }

    /** Why the last {@link #REFUSED} row refuses the file. */
    Optional<RefusalKind> refusal() {
        return refusal;
    }

    /** The column of that refusal. */
    String refusedColumn() {
        return refusedColumn;
    }
}
