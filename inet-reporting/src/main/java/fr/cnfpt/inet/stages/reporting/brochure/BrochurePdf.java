package fr.cnfpt.inet.stages.reporting.brochure;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays the brochure's HTML out as a tagged, archival PDF with openhtmltopdf: PDF/UA-1 (a structure
 * tree from the HTML's headings, lists, tables and links; the language and title from
 * {@code <html lang>} and {@code <title>}; page furniture marked as artifacts) and PDF/A-2a (the sRGB
 * output intent, every font embedded), bookmarks from the chapters. No resource is read from outside
 * the document: the stylesheet is inline and the fonts come from this jar.
 */
final class BrochurePdf {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs through java.util.logging, to standard error by default: only the
        // command line may write to the standard streams.
        XRLog.setLoggingEnabled(false);
    }

    private BrochurePdf() {
    }

    /**
     * Writes the PDF.
     *
     * @param html  the brochure's document, for the PDF ({@link BrochureDocument#html})
     * @param locale  the locale of the document's language, for line breaks
     * @param out  where to write it; not closed
     * @throws IOException if it cannot be written
     */
    static void write(String html, Locale locale, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useUnicodeLineBreaker(new LineBreaks(locale));
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.withProducer("inet-stages (openhtmltopdf)");
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        try (PDDocument document = new PDDocument(); BrochureFonts fonts = BrochureFonts.register(builder, document)) {
            builder.usePDDocument(document);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("the brochure cannot be laid out as PDF: " + e.getMessage(), e);
        }
    }
}
