package se.hlt.assessment.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read CSV rows ({@code batch sdq}, {@code batch ors}, {@code compare}) about
 * what a cell may hold: line breaks in passed-through text, the columns vouched for as holding no personal
 * identity numbers, and whether text that looks like a spreadsheet formula is written as it is.
 */
final class CsvCellOptions {

    @Option(names = "--not-personal", paramLabel = "COLUMN", split = ",",
            description = "Columns you vouch hold no personal identity numbers (e.g. time stamps written "
                    + "YYYYMMDDhhmm); they are not screened. Other columns are: a number written as one refuses "
                    + "the file, and bare 10- or 12-digit values are judged with their whole column.")
    Set<String> notPersonal = new LinkedHashSet<>();

    @Option(names = "--multiline-cells",
            description = "Passed-through cells may hold line breaks (free-text notes). Without it, a row that "
                    + "runs over several lines goes to the errors file naming its lines, since a quote that is "
                    + "never closed makes the rest of the file one cell.")
    boolean multilineCells;

    @Option(names = "--keep-formulas",
            description = "Write text from the input that starts like a spreadsheet formula (=, +, -, @, tab) as it "
                    + "is. Without it such ids, passed-through cells and column names get a leading apostrophe, so "
                    + "that a spreadsheet shows them instead of running them; the summary counts them either way.")
    boolean keepFormulas;
}
