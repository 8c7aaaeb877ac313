package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.planning.summary.OfferUse;
import fr.cnfpt.inet.stages.planning.summary.Outcomes;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.pdf.PdfConformance;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.PlanReportFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The plan report in each format and language, read back: PDF with PDFBox, XLSX with POI, JSON with Jackson. */
class PlanReportPluginTest {

    private static final ReportRequest REQUEST = ReportRequest.of(PlanReportFixture.EDITION,
            Schedules.of(PlanReportFixture.EDITION)).withPlan(PlanReportFixture.summary());

    private final PlanReportPlugin plugin = new PlanReportPlugin();

    @Test
    void isTheOnePluginOfThePlanFamilyFoundWithServiceLoader() {
        ReportRegistry registry = ReportRegistry.load();
        assertThat(registry.ofFamily(ReportFamily.PLAN)).hasSize(1).first().isInstanceOf(PlanReportPlugin.class);
        assertThat(registry.ofFamily(ReportFamily.STATISTICS)).noneMatch(p -> p instanceof PlanReportPlugin);
        assertThat(plugin.formats()).containsExactly(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.JSON,
                ReportFormat.HTML);
    }

    @Test
    void refusesARequestWithoutAPlan() {
        ReportRequest noPlan = ReportRequest.of(PlanReportFixture.EDITION, Schedules.of(PlanReportFixture.EDITION));
        assertThatThrownBy(() -> plugin.render(noPlan, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary of a placement plan");
    }

    @Test
    void writesJsonWithCodesAndTheWithheldCellsListed() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, Language.EN, 5));
        assertThat(json.get("report").asText()).isEqualTo("plan");
        assertThat(json.get("cohort").asInt()).isEqualTo(2026);
        assertThat(json.get("title").asText()).isEqualTo("Placement plan – Observation internship");
        JsonNode outcomes = json.get("tables").get(0);
        assertThat(outcomes.get("id").asText()).isEqualTo("plan-outcomes-by-corps");
        assertThat(outcomes.get("rows").get(0).get(0).asText()).isEqualTo("ADMINISTRATEUR");
        assertThat(outcomes.get("rows").get(0).get(1).asLong()).isEqualTo(6);
        assertThat(outcomes.get("rows").get(2).get(1).isNull()).isTrue();
        assertThat(outcomes.get("suppressed").toString()).contains("[2,1]");
        assertThat(json.toString()).doesNotContain("\"A1\"", "\"I2\"", "\"B1\"");

        JsonNode everything = new ObjectMapper().readTree(render(ReportFormat.JSON, Language.EN, 1));
        assertThat(everything.get("tables").get(0).get("rows").get(2).get(1).asLong()).isEqualTo(2);
        assertThat(everything.get("tables").get(0).get("suppressed")).isEmpty();
    }

    @Test
    void writesXlsxWithASheetPerTableWithheldCountsAndNeutralisedHostNames() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(ReportFormat.XLSX, Language.FR,
                5)))) {
            Sheet outcomes = workbook.getSheet("plan-outcomes-by-corps");
            assertThat(outcomes.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Élèves affectés par cadre d'emplois");
            assertThat(outcomes.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(outcomes.getRow(4).getCell(1).getStringCellValue()).isEqualTo("< 5");
            Sheet free = workbook.getSheet("plan-offers-left-free");
            assertThat(free.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(free.getRow(2).getCell(1).getStringCellValue()).isEqualTo(PlanReportFixture.HOSTILE_HOST);
            assertThat(free.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void writesAnArchivalPdfWithTheTablesAndWithheldCounts(Language language) throws IOException {
        byte[] pdf = render(ReportFormat.PDF, language, 5);
        // kept for a look: target/plan-report-fr.pdf, target/plan-report-en.pdf
        Files.write(Path.of("target", "plan-report-" + language.name().toLowerCase(Locale.ROOT) + ".pdf"), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(language == Language.FR
                    ? "Plan d'affectation – Stage d'observation 2026-2027"
                    : "Placement plan – Observation internship 2026-2027");
        }
        if (language == Language.FR) {
            assertThat(text).contains("Plan d'affectation – Stage d'observation", "Promotion 2026-2027",
                    "Élèves affectés par cadre d'emplois", "Répartition des rangs obtenus", "Offres restées libres",
                    "administrateurs et administratrices", "Administrateurs", "< 5", "Vœu n° 2", "88,9",
                    "optimum prouvé");
        } else {
            assertThat(text).contains("Placement plan – Observation internship", "Cohort 2026-2027",
                    "Trainees placed, by corps", "Distribution of the ranks obtained", "Offers left free", "< 5",
                    "Library curators", "Wish 2", "88.9", "proven optimum");
        }
        PdfConformance conformance = PdfConformance.of(pdf, PDFAFlavour.PDFA_2_B);
        assertThat(conformance.failedRules()).as(conformance.toString()).isEmpty();
    }

    @Test
    void writesAnAccessibleWebPage() throws IOException {
        String html = new String(render(ReportFormat.HTML, Language.FR, 5), StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"fr\"", "Plan d'affectation – Stage d'observation",
                "Élèves affectés par cadre d'emplois", "&lt; 5");
    }

    @Test
    void writesTheSameBytesForTheSamePlan() throws IOException {
        List<byte[]> twice = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            twice.add(render(ReportFormat.JSON, Language.FR, 5));
        }
        assertThat(twice.get(0)).isEqualTo(twice.get(1));
    }

    @Test
    void saysEveryPlaceIsTakenRatherThanShowingAnEmptyTableToAReader() throws IOException {
        PlanSummary full = PlanSummary.of(CohortYear.of(2026), InternshipType.OBSERVATION,
                Map.of(Corps.ADMINISTRATEUR, new Outcomes(new TreeMap<>(Map.of(1, 6)), 0, 0)),
                new OfferUse(6, 6, 6, List.of()));
        ReportRequest request = REQUEST.withPlan(full);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        plugin.render(request.withFormat(ReportFormat.PDF), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Le plan prend toutes les places")
                    .doesNotContain("Offres restées libres", "Aucune donnée");
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        plugin.render(request.withFormat(ReportFormat.JSON), json);
        JsonNode free = new ObjectMapper().readTree(json.toByteArray()).get("tables").get(4);
        assertThat(free.get("id").asText()).isEqualTo("plan-offers-left-free");
        assertThat(free.get("rows")).isEmpty();
    }

    private byte[] render(ReportFormat format, Language language, int minCount) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plugin.render(REQUEST.withFormat(format).withLanguage(language).withMinCount(minCount), out);
        return out.toByteArray();
    }
}
