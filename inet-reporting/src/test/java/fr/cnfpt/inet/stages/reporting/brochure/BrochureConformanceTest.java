package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.pdf.PdfConformance;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The brochure's PDFs, of the official and of a projected cohort, in both languages, are what they
 * claim to be: accessible (PDF/UA-1) and archival (PDF/A-2a, the renderer's declared conformance),
 * with no rule of veraPDF's profiles broken.
 */
class BrochureConformanceTest {

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void passesPdfUa1WithNoFailedRule(int cohort, Language language) throws Exception {
        RenderedBrochure brochure = RenderedBrochure.of(cohort, language);

        PdfConformance conformance = PdfConformance.of(brochure.pdf(), PDFAFlavour.PDFUA_1);

        assertThat(conformance.failedRules()).as(conformance.toString()).isEmpty();
        assertThat(conformance.compliant()).as(conformance.toString()).isTrue();
        assertThat(xmp(brochure)).as("the PDF/UA identification").containsPattern("pdfuaid:part[^0-9]{1,3}1");
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void declaresPdfA2aAndPassesItWithNoFailedRule(int cohort, Language language) throws Exception {
        RenderedBrochure brochure = RenderedBrochure.of(cohort, language);
        String xmp = xmp(brochure);
        String part = value(xmp, "pdfaid:part");
        String level = value(xmp, "pdfaid:conformance");
        assertThat(part + level.toLowerCase()).as("the declared PDF/A flavour").isIn("2a", "2b", "2u");

        PdfConformance declared = PdfConformance.of(brochure.pdf(), PDFAFlavour.fromString(part + level.toLowerCase()));
        PdfConformance basic = PdfConformance.of(brochure.pdf(), PDFAFlavour.PDFA_2_B);

        assertThat(declared.failedRules()).as(declared.toString()).isEmpty();
        assertThat(declared.compliant()).as(declared.toString()).isTrue();
        assertThat(basic.failedRules()).as(basic.toString()).isEmpty();
        assertThat(part + level).as("the conformance the renderer is built for (BrochurePdf)").isEqualTo("2A");
    }

    private static String xmp(RenderedBrochure brochure) throws Exception {
        try (PDDocument document = brochure.open()) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            return new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** A property of the XMP, written as an attribute or as an element. */
    private static String value(String xmp, String property) {
        Matcher matcher = Pattern.compile(Pattern.quote(property) + "\\s*(?:=\\s*\"|>)\\s*([^\"<\\s]+)").matcher(xmp);
        assertThat(matcher.find()).as(property + " in the XMP").isTrue();
        return matcher.group(1);
    }
}
