package fr.cnfpt.inet.stages.reporting.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWritersTest {

    private static final StatTable TABLE = new StatTable("offers-by-type-and-corps",
            LocalizedText.of("Offres par type", "Offers by type"),
            List.of(new StatColumn("type", LocalizedText.of("Type", "Type"), StatColumn.Kind.CODE),
                    new StatColumn("count", LocalizedText.of("Offres", "Offers"), StatColumn.Kind.COUNT),
                    new StatColumn("rate", LocalizedText.of("Taux", "Rate"), StatColumn.Kind.RATE)),
            List.of(Arrays.asList(new Code("OBSERVATION", LocalizedText.of("Stage d'observation", "Observation")), 42L,
                            0.25),
                    Arrays.asList(new Code("EVIL", LocalizedText.of("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")")),
                            null, null)),
            List.of(new StatTable.Cell(1, 1)), List.of(LocalizedText.of("Une note.", "A note.")));
    private static final TableDocument DOCUMENT = new TableDocument("offers", LocalizedText.of("Les offres", "Offers"),
            CohortYear.of(2026), Language.FR, List.of(TABLE), List.of());

    @Test
    void jsonHasTheDocumentedShapeWithCodesAndSuppressedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesJson.write(DOCUMENT, out);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("report").asText()).isEqualTo("offers");
        assertThat(json.get("cohort").asInt()).isEqualTo(2026);
        assertThat(json.get("lang").asText()).isEqualTo("fr");
        JsonNode table = json.get("tables").get(0);
        assertThat(table.get("id").asText()).isEqualTo("offers-by-type-and-corps");
        assertThat(table.get("title").asText()).isEqualTo("Offres par type");
        assertThat(table.get("columns").toString()).isEqualTo("[\"type\",\"count\",\"rate\"]");
        assertThat(table.get("rows").get(0).toString()).isEqualTo("[\"OBSERVATION\",42,0.25]");
        assertThat(table.get("rows").get(1).get(1).isNull()).isTrue();
        assertThat(table.get("suppressed").toString()).isEqualTo("[[1,1]]");
    }

    @Test
    void csvHasOneLinePerCellWithTheTableColumnAndNeutralisedFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesCsv.write(DOCUMENT, 5, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(TablesCsv.HEADER,
                "offers-by-type-and-corps,1,type,OBSERVATION,Stage d'observation",
                "offers-by-type-and-corps,1,count,,42",
                "offers-by-type-and-corps,1,rate,,0.25",
                "offers-by-type-and-corps,2,type,EVIL,\"'=HYPERLINK(\"\"http://x\"\")\"",
                "offers-by-type-and-corps,2,count,,< 5",
                "offers-by-type-and-corps,2,rate,,");
    }

    @Test
    void xlsxHasASheetPerTableWithNumericCellsAFrozenHeaderAndQuotedFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TablesXlsx.write(DOCUMENT, 5, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("offers-by-type-and-corps");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Offres par type");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Offres");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(42.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.25);
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("< 5");
        }
    }

    @Test
    void cellTextShowsLabelsPercentagesAndWithheldCounts() {
        assertThat(CellText.of(TABLE, 0, 0, Language.EN, 5)).isEqualTo("Observation");
        assertThat(CellText.of(TABLE, 0, 2, Language.FR, 5)).isEqualTo("25\u00a0%");
        assertThat(CellText.of(TABLE, 1, 1, Language.FR, 5)).isEqualTo("< 5");
        assertThat(CellText.withheld(TABLE.columns().get(2), 5)).isEqualTo("\u2014");
        StatTable euros = new StatTable("euros", LocalizedText.of("€", "€"), List.of(new StatColumn("amount",
                LocalizedText.of("Montant", "Amount"), StatColumn.Kind.EUROS)), List.of(List.of(4_000L)), List.of(),
                List.of());
        assertThat(CellText.of(euros, 0, 0, Language.EN, 5)).isEqualTo("€4,000");
        assertThat(CellText.of(euros, 0, 0, Language.FR, 5)).matches("4.000.€");
        assertThat(CellText.of(TABLE, 1, 2, Language.FR, 5)).isEmpty();
    }
}
