package se.hlt.assessment.csv;

import java.util.List;
import se.hlt.assessment.pairing.PairingRows;

/**
 * The rows of every input, one after the other, as {@link se.hlt.assessment.pairing.Pairing} sees them: row
 * numbers run through the first file's rows, then the second's. Ids get one numbering across the files: the first
 * file's own, which the second file's ids are looked up in (and added to, when new).
 */
final class InputRows implements PairingRows {

    private final List<InputFile> files;
    private final int[] offsets;
    private final int size;
    /** The ids of every file, numbered as in {@link #key(int)}. */
    private final TextInterner ids;
    /** Per file after the first, its id numbers in {@link #ids}. */
    private final int[][] keyMaps;

    InputRows(List<InputFile> files) {
        this.files = List.copyOf(files);
        this.offsets = new int[files.size()];
        int total = 0;
        for (int f = 0; f < files.size(); f++) {
            offsets[f] = total;
            total += files.get(f).store().size();
        }
        this.size = total;
        this.ids = files.get(0).store().ids;
        this.keyMaps = new int[files.size()][];
        for (int f = 1; f < files.size(); f++) {
            TextInterner own = files.get(f).store().ids;
            keyMaps[f] = new int[own.size()];
            for (int k = 0; k < own.size(); k++) {
                keyMaps[f][k] = ids.intern(own, k);
            }
        }
    }

    /** The ids, numbered as {@link #key(int)} numbers them. */
    TextInterner ids() {
        return ids;
    }

    /** The file of row {@code row}. */
    InputFile file(int row) {
        return files.get(fileIndex(row));
    }

    /** Row {@code row}'s position in its file's store. */
    int local(int row) {
        return row - offsets[fileIndex(row)];
    }

    private int fileIndex(int row) {
        int f = offsets.length - 1;
        while (offsets[f] > row) {
            f--;
        }
        return f;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int key(int row) {
        int f = fileIndex(row);
        int own = files.get(f).store().idKey(row - offsets[f]);
        if (own == TextInterner.BLANK) {
            return NO_KEY;
        }
        return f == 0 ? own : keyMaps[f][own];
    }

    @Override
    public boolean isFollowUp(int row) {
        return file(row).store().isFollowUp(local(row));
    }

    @Override
    public int date(int row) {
        int date = file(row).store().date(local(row));
        return date == SdqRowSink.NO_DATE ? NONE : date;
    }

    @Override
    public int sex(int row) {
        int sex = file(row).store().sex(local(row));
        return sex == FormRowStore.MISSING ? NONE : sex;
    }

    @Override
    public int age(int row) {
        int age = file(row).store().age(local(row));
        return age == FormRowStore.MISSING ? NONE : age;
    }
}
