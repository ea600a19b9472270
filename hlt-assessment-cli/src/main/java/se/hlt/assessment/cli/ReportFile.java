package se.hlt.assessment.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.hlt.assessment.cli.report.PdfWriter;
import se.hlt.assessment.csv.OutputFiles;
import se.hlt.assessment.csv.Refusal;

/**
 * Writes {@code hlt report}'s page as the CSV runs write their outputs ({@link OutputFiles}): never over one of its
 * own inputs, never replacing a folder, a device or a link, complete or not at all; a file error is a sentence and
 * exit code 3, never an internal error.
 */
final class ReportFile {

    private ReportFile() {
    }

    /** Writes {@code html} (as PDF with {@code pdf}) to {@code target}; returns the exit code, OK when written. */
    static int write(String html, boolean pdf, Path target, List<Path> inputs, Messages m, PrintWriter err) {
        Optional<Refusal> refused = OutputFiles.refusal(inputs, List.of(target));
        if (refused.isPresent()) {
            err.println(BatchSdqCommand.refusalText(refused.get(), m));
            return ExitCodes.INPUT_REFUSED;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (pdf) {
            try {
                PdfWriter.write(html, bytes);
            } catch (IOException | RuntimeException e) {
                err.println(m.get("report.pdf.failed", e.getClass().getSimpleName()));
                return ExitCodes.INTERNAL_ERROR;
            }
        } else {
            bytes.writeBytes(html.getBytes(StandardCharsets.UTF_8));
        }
        try {
            OutputFiles.write(target, bytes.toByteArray());
        } catch (IOException e) {
            err.println(m.get("report.write.failed", m.ioFile(e, target), m.ioReason(e)));
            return ExitCodes.INPUT_REFUSED;
        }
        return ExitCodes.OK;
    }
}
