package se.hlt.assessment.cli.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lays out the report's HTML as PDF with openhtmltopdf (CSS paged media on PDFBox), drawing the inline SVG charts
 * with Batik. The same page as the HTML: the {@code @page} rule gives A4 and its margins.
 */
public final class PdfWriter {

    private PdfWriter() {
    }

    /** Writes {@code html} (well-formed, as {@link SdqReport} makes it) as PDF to {@code out}. */
    public static void write(String html, OutputStream out) throws IOException {
        // the renderer logs its timings and CSS notes to standard error; a key person needs none of it
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }
}
