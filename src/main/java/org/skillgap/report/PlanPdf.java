package org.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Level;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.skillgap.files.AtomicFile;
import org.skillgap.model.AppVersion;
import org.skillgap.model.Messages;

/**
 * The plan as a PDF to print or hand to a mentor: the XHTML template in resources/report
 * ({@link PlanTemplate}) filled with the {@link PlanView} of the data, escaped by the template
 * engine, laid out by openhtmltopdf with the shipped font embedded.
 */
public final class PlanPdf {

    static {
        // openhtmltopdf reports every step at INFO; the command line and the log need only its warnings.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private PlanPdf() {
    }

    /**
     * Writes the plan to {@code target}: completely, or not at all. Throws BadInputException
     * when the target cannot be written (saying which folder and what to do).
     */
    public static void write(PlanReportData data, Path target) {
        AtomicFile.checkWritable(target);
        AtomicFile.write(target, render(data));
    }

    /** The PDF's bytes. */
    static byte[] render(PlanReportData data) {
        return render(data, PlanTemplate.SHIPPED);
    }

    /** The PDF's bytes, laid out from {@code template}. */
    static byte[] render(PlanReportData data, PlanTemplate template) {
        String html = template.html(PlanView.of(data));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Without these, Arabic and Hebrew names and notes print letter by letter left to right.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useFont(() -> Fonts.open(Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> Fonts.open(Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
            if (data.pageSize() == PageSize.LETTER) {
                builder.useDefaultPageSize(8.5f, 11f, PageSizeUnits.INCHES);
            } else {
                builder.useDefaultPageSize(210f, 297f, PageSizeUnits.MM);
            }
            builder.withHtmlContent(html, null);
            builder.withProducer("SkillGap " + AppVersion.get());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.pdf.renderFailed", e.getMessage()), e);
        }
        return out.toByteArray();
    }

    /** The filled XHTML the PDF is laid out from. */
    static String html(PlanReportData data) {
        return PlanTemplate.SHIPPED.html(PlanView.of(data));
    }
}
