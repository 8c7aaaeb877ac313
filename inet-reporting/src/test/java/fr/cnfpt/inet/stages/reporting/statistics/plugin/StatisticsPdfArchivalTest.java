package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.pdf.PdfConformance;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Dataset;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The statistics PDFs are archival: veraPDF finds no failed rule of PDF/A-2b, charts included. */
class StatisticsPdfArchivalTest {

    private static final ReportRequest REQUEST = ReportRequest.of(Editions.current(), Schedules.of(Editions.current()))
            .withStatistics(new Dataset().statistics()).withCohort(CohortYear.of(2026)).withFormat(ReportFormat.PDF);

    static Stream<Arguments> reports() {
        return Stream.of(new OffersReportPlugin(), new PlacementsReportPlugin(), new DashboardPlugin())
                .flatMap(plugin -> Stream.of(Language.FR, Language.EN).map(language -> Arguments.of(plugin, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("reports")
    void passesPdfA2bWithNoFailedRule(AbstractStatisticsPlugin plugin, Language language) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        plugin.render(REQUEST.withLanguage(language), pdf);

        PdfConformance conformance = PdfConformance.of(pdf.toByteArray(), PDFAFlavour.PDFA_2_B);

        assertThat(conformance.failedRules()).as(conformance.toString()).isEmpty();
        assertThat(conformance.compliant()).as(conformance.toString()).isTrue();
        PdfReader reader = new PdfReader(pdf.toByteArray());
        try {
            assertThat(reader.getInfo().get("Title")).startsWith(plugin.title().in(language)).endsWith("2026-2027");
            assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8))
                    .containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
        } finally {
            reader.close();
        }
    }
}
