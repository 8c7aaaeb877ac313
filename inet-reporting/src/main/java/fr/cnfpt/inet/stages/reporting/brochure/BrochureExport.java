package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.internal.LanguagePdfExporter;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Writes the laid-out brochure as PDF (title, language and bookmarks set), HTML (one file) or DOCX. */
final class BrochureExport {

    private BrochureExport() {
    }

    static void write(JasperPrint print, ReportRequest request, OutputStream out) throws IOException {
        try {
            switch (request.format()) {
                case PDF -> pdf(print, request, out);
                case HTML -> html(print, out);
                case DOCX -> docx(print, request, out);
                default -> throw new IllegalArgumentException("the brochure is not written as " + request.format());
            }
        } catch (JRException e) {
            throw new IOException("the brochure cannot be written as " + request.format().extension() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void pdf(JasperPrint print, ReportRequest request, OutputStream out) throws JRException {
        JRPdfExporter exporter = new LanguagePdfExporter(request.language() == Language.FR ? "fr-FR" : "en-GB");
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title(request));
        configuration.setMetadataAuthor("INET - CNFPT");
        configuration.setMetadataSubject(request.edition().title().in(request.language()));
        configuration.setMetadataCreator("inet-stages");
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void html(JasperPrint print, OutputStream out) throws JRException {
        HtmlExporter exporter = new HtmlExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleHtmlExporterOutput(out));
        SimpleHtmlReportConfiguration configuration = new SimpleHtmlReportConfiguration();
        configuration.setEmbedImage(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void docx(JasperPrint print, ReportRequest request, OutputStream out) throws JRException {
        JRDocxExporter exporter = new JRDocxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
        configuration.setMetadataTitle(title(request));
        configuration.setMetadataAuthor("INET - CNFPT");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static String title(ReportRequest request) {
        int year = request.cohort().orElseThrow().year();
        return request.edition().title().in(request.language()) + " " + year + "-" + (year + 1);
    }
}
