package fr.cnfpt.inet.stages.reporting.internal;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * A PDF exporter that writes the document's language into the catalog ({@code /Lang}), which screen
 * readers and search engines read. JasperReports writes it only in tagged PDFs, which its tagger
 * cannot produce with stock OpenPDF (see docs/architecture.md); OpenPDF's writer takes it directly.
 */
public final class LanguagePdfExporter extends JRPdfExporter {

    private final String language;
    private boolean languageSet;

    /**
     * @param language  a BCP 47 language tag, such as {@code fr-FR}
     */
    public LanguagePdfExporter(String language) {
        this(DefaultJasperReportsContext.getInstance(), language);
    }

    /**
     * @param context  the JasperReports context the exporter reads its resources from, not null
     * @param language  a BCP 47 language tag, such as {@code fr-FR}
     */
    public LanguagePdfExporter(JasperReportsContext context, String language) {
        super(context);
        this.language = language;
    }

    @Override
    protected void exportPage(JRPrintPage page) throws JRException, IOException {
        if (!languageSet && pdfProducer instanceof ClassicPdfProducer producer) {
            producer.getPdfWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            languageSet = true;
        }
        super.exportPage(page);
    }
}
