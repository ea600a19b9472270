package se.hlt.assessment.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.hlt.assessment.cohort.CohortReport;
import se.hlt.assessment.data.Checked;
import se.hlt.assessment.json.CohortJson;
import se.hlt.assessment.scoring.Texts;

/**
 * Reads the cohort reports that {@code hlt cohort} wrote, whichever way: the table of {@code --out} (CSV, with
 * commas, or semicolons and decimal commas) or the document of {@code --json}. For {@code hlt report --cohort}.
 */
public final class CohortFiles {

    private CohortFiles() {
    }

    /**
     * The reports in {@code file}, or what is wrong with it in {@code locale} (each problem naming the row and
     * column, or the JSON field, never a cell's value). A report whose hidden groups are not protected as
     * {@code hlt cohort} protects them (a figure for a group that must be hidden, a hidden count that what is shown
     * gives away) is refused: the file was edited, and what it hid stays hidden.
     *
     * @throws IOException if the file cannot be read
     */
    public static Checked<List<CohortReport>> read(Path file, Locale locale) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // hlt cohort writes its table in the pairs files' encoding: Windows-1252 when they were
        boolean cp1252 = EncodingSniffer.of(bytes, bytes.length, false) == EncodingSniffer.Verdict.WINDOWS_1252;
        String text = new String(bytes, cp1252 ? TextEncoding.WINDOWS_1252.charset() : StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Checked<List<CohortReport>> read = text.stripLeading().startsWith("{") ? CohortJson.read(text, locale)
                : CohortTableCsv.read(text, locale);
        if (!read.isOk()) {
            return read;
        }
        List<String> problems = new ArrayList<>();
        List<CohortReport> reports = read.orElseThrow();
        for (int i = 0; i < reports.size(); i++) {
            CohortReport r = reports.get(i);
            r.disclosureFlaw().ifPresent(flaw -> problems.add(Texts.format("cohort_file.edited", locale,
                    r.instrument(), r.informant(), flaw.in(locale))));
        }
        return problems.isEmpty() ? read : Checked.failed(problems);
    }
}
