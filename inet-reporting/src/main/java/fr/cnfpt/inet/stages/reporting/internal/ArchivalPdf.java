package fr.cnfpt.inet.stages.reporting.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * PDF/A-2b (ISO 19005-2, level b: the document looks the same in any reader, for ever) from
 * JasperReports' PDF exporter: the conformance level, which makes the exporter write the XMP
 * metadata and refuse fonts it cannot embed, and the sRGB output intent, whose ICC profile is the
 * JDK's own ({@code ICC_Profile.getInstance(ColorSpace.CS_sRGB)}), served to the exporter from
 * memory rather than from a file. Level a needs tagged PDF, which JasperReports Community Edition
 * 7.0.8 cannot write (docs/architecture.md). Checked with veraPDF by the statistics reports' tests.
 */
public final class ArchivalPdf {

    /** Where the exporter asks for the profile: a name only {@link ColourProfile} answers. */
    static final String PROFILE_LOCATION = "inet-stages:sRGB.icc";
    private static final JasperReportsContext CONTEXT = context();

    private ArchivalPdf() {
    }

    /**
     * Returns a PDF exporter that can find the sRGB profile and writes the document's language.
     *
     * @param language  a BCP 47 language tag, such as {@code fr-FR}, not null
     * @return a new exporter, not null
     */
    public static JRPdfExporter exporter(String language) {
        return new LanguagePdfExporter(CONTEXT, language);
    }

    /**
     * Asks for PDF/A-2b with the sRGB output intent; the configuration must also give a title.
     *
     * @param configuration  the exporter's configuration, changed, not null
     */
    public static void configure(SimplePdfExporterConfiguration configuration) {
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(PROFILE_LOCATION);
    }

    private static JasperReportsContext context() {
        JasperReportsContext parent = DefaultJasperReportsContext.getInstance();
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(parent);
        // The profile first, then every repository of the default context: the fonts' files are
        // read through them.
        List<RepositoryService> services = new ArrayList<>();
        services.add(new ColourProfile());
        services.addAll(parent.getExtensions(RepositoryService.class));
        context.setExtensions(RepositoryService.class, services);
        return context;
    }

    /** Answers {@link #PROFILE_LOCATION} with the JDK's sRGB profile, and nothing else. */
    private static final class ColourProfile implements RepositoryService {

        @Override
        public Resource getResource(String uri) {
            return getResource(uri, InputStreamResource.class);
        }

        @Override
        public void saveResource(String uri, Resource resource) {
            throw new UnsupportedOperationException("the colour profile is read-only");
        }

        @Override
        public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
            if (!PROFILE_LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
                return null;
            }
            InputStreamResource resource = new InputStreamResource();
            resource.setInputStream(new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            return resourceType.cast(resource);
        }
    }
}
