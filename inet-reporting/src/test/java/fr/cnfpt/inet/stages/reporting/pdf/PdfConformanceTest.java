package fr.cnfpt.inet.stages.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfConformanceTest {

    @Test
    void reportsTheRulesThatAPlainPdfBreaksWithWhereAndHowOften() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph("Helvetica, not embedded; no output intent; no XMP metadata."));
        document.close();

        PdfConformance conformance = PdfConformance.of(pdf.toByteArray(), PDFAFlavour.PDFA_2_B);

        assertThat(conformance.compliant()).isFalse();
        assertThat(conformance.failedRules()).extracting(PdfConformance.FailedRule::rule)
                .as(conformance.toString())
                .contains("6.2.11.4.1-1", "6.6.2.1-1");
        assertThat(conformance.failedRules()).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.failedChecks()).isPositive();
        });
        assertThat(conformance.toString()).startsWith("not veraPDF flavour").contains("6.2.11.4.1-1 (");
    }
}
