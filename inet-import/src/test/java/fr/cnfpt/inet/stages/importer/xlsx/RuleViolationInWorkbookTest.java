package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A rule of the brochure broken in a workbook is found like a bad value: its problem names the
 * column as the file writes it and the Excel cell.
 */
class RuleViolationInWorkbookTest {

    private static final Edition EDITION = Editions.current();
    private static final List<String> HEADER = List.of("Référence", "Structure d'accueil", "Type de structure",
            "Nombre d'habitants", "Département", "Type de stage", "Cadre d'emplois", "Promotion", "Date de dépôt",
            "Intitulé", "Courriel", "Participation financière");

    @Test
    void namesTheColumnAndCellOfACollectiveProjectInATownOfTenThousand() throws Exception {
        Collected collected = check(workbook(10_000, -3));

        Problem tooSmall = only(collected, "COLLECTIVE_PROJECT_POPULATION_TOO_SMALL");
        Problem notPositive = only(collected, "POPULATION_NOT_POSITIVE");
        assertThat(tooSmall.column()).isEqualTo("Nombre d'habitants");
        assertThat(tooSmall.cell()).isEqualTo("D2");
        assertThat(tooSmall.line()).isEqualTo(2);
        assertThat(tooSmall.field()).isEqualTo("population");
        assertThat(notPositive.column()).isEqualTo(tooSmall.column());
        assertThat(notPositive.cell()).isEqualTo("D3");
    }

    private static Problem only(Collected collected, String code) {
        List<Problem> found = collected.problems.stream().filter(p -> p.code().equals(code)).toList();
        assertThat(found).as(code + " in " + collected.problems).hasSize(1);
        return found.get(0);
    }

    private static Collected check(byte[] workbook) throws Exception {
        Collected collected = new Collected();
        Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load());
        FileReport report = validation.check(ImportRequest.of("offres.xlsx", () -> new ByteArrayInputStream(workbook),
                RecordKind.OFFERS), null, collected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        return collected;
    }

    /** A collective project of a town, then an offer of a negative population, numbers as number cells. */
    private static byte[] workbook(int population, int badPopulation) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Offres");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            row(sheet.createRow(1), "PC-1", "Ville de Sélestat", population, "PROJET_COLLECTIF", "AT, CTB, ICT",
                    "Mobilités douces");
            row(sheet.createRow(2), "OBS-2", "Ville de Metz", badPopulation, "OBSERVATION", "AT", "Observation");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Row row, String reference, String host, int population, String type, String corps,
            String title) {
        row.createCell(0).setCellValue(reference);
        row.createCell(1).setCellValue(host);
        row.createCell(2).setCellValue("COMMUNE");
        row.createCell(3).setCellValue(population);
        row.createCell(4).setCellValue(67);
        row.createCell(5).setCellValue(type);
        row.createCell(6).setCellValue(corps);
        row.createCell(7).setCellValue(2026);
        row.createCell(8).setCellValue("01/06/2026");
        row.createCell(9).setCellValue(title);
        row.createCell(10).setCellValue("projets@exemple.fr");
        if (type.equals("PROJET_COLLECTIF")) {
            row.createCell(11).setCellValue(4000);
        }
    }
}
