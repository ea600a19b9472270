package se.hlt.assessment.csv;

import java.util.List;

/**
 * One input of a pairing run once read: its role ({@code baseline}, {@code followup}, or {@code input} for a
 * single file), its kept rows, and where each pass-through column of the pairs file is among its own.
 *
 * @param role the role, as the errors and unpaired files name it
 * @param store the scored rows
 * @param passMap for each pass-through column of the pairs file, the same column's position among this file's
 *     pass-through columns, or -1 when this file lacks it
 */
record InputFile(String role, FormRowStore store, int[] passMap) {

    /** The input with its pass-through columns matched by name (ignoring case) to {@code pairsPassThrough}. */
    static InputFile of(String role, FormRowStore store, List<String> pairsPassThrough) {
        int[] map = new int[pairsPassThrough.size()];
        int[] own = store.layout.passThroughColumns;
        for (int j = 0; j < map.length; j++) {
            map[j] = -1;
            for (int p = 0; p < own.length; p++) {
                if (store.layout.header.get(own[p]).trim().equalsIgnoreCase(pairsPassThrough.get(j).trim())) {
                    map[j] = p;
                    break;
                }
            }
        }
        return new InputFile(role, store, map);
    }
}
