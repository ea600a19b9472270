package se.hlt.assessment.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares an {@code index.json} list with the files actually in its folder. */
final class IndexAgreement {

    private IndexAgreement() {
    }

    /**
     * Every way the index and the folder disagree, one sentence each; empty when they agree.
     *
     * @param indexed the paths the index lists, in its order
     * @param inFolder the data files in the folder (the index itself left out)
     */
    static List<String> differences(List<String> indexed, List<String> inFolder) {
        List<String> differences = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String path : indexed) {
            if (!seen.add(path)) {
                differences.add(path + " is listed twice in the index");
            }
            if (!inFolder.contains(path)) {
                differences.add(path + " is listed in the index but is not in the folder");
            }
        }
        for (String path : inFolder) {
            if (!seen.contains(path)) {
                differences.add(path + " is in the folder but not listed in the index, so it is never loaded");
            }
        }
        return differences;
    }
}
