package se.hlt.assessment.cli;

import java.io.PrintWriter;
import java.util.List;
import se.hlt.assessment.csv.ReadingNote;
import se.hlt.assessment.csv.TextEncoding;

/**
 * Prints what a run noticed about its file as a whole, one line a note, in the user's language: the core gives
 * each note as a kind and its arguments ({@link ReadingNote}), the bundles word it ({@code note.<kind>}).
 */
final class ReadingNotes {

    private ReadingNotes() {
    }

    /** Prints {@code notes} on {@code err}. */
    static void print(List<ReadingNote> notes, Messages m, PrintWriter err) {
        for (ReadingNote note : notes) {
            Object[] arguments = note.arguments().toArray();
            if (note.kind() == ReadingNote.Kind.CONTEXT_MISSING) {
                arguments[0] = m.get("note.context." + arguments[0]); // age, sex or both, in the user's words
            }
            err.println(m.get("note." + note.kind().code(), arguments));
        }
    }

    /** Prints which encoding the input was read in and the outputs are written in, when either is not UTF-8. */
    static void printEncoding(List<TextEncoding> read, TextEncoding written, Messages m, PrintWriter err) {
        if (read.stream().anyMatch(e -> e != TextEncoding.UTF_8) || written != TextEncoding.UTF_8) {
            err.println(m.get("batch.encoding.read",
                    String.join(", ", read.stream().map(TextEncoding::label).distinct().toList()), written.label()));
        }
    }
}
