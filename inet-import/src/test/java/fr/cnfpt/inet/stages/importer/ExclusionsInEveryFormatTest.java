package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Siret;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The exclusions kind read by the CSV, JSON and XLSX importers through the shared binder: the host by its
 * SIRET number, by its name and place, or both; French and English headers; every faulty row reported with
 * its cell and rejected.
 */
class ExclusionsInEveryFormatTest {

    private static final Edition EDITION = Editions.current();
    private static final List<Exclusion> EXCLUSIONS = List.of(
            Exclusion.of(TraineeId.of("E1"), HostIdentity.of("Ville de Colmar", HostLocation.in(Departement.of("68")))),
            Exclusion.of(TraineeId.of("E1"), HostIdentity.of(Siret.of("24670048800017"))),
            Exclusion.of(TraineeId.of("E2"), HostIdentity.of("Stadt Köln", HostLocation.abroad(new Country("DE")))
                    .withSiret(Siret.of("21680066600017"))));

    @Test
    void readsExclusionsFromACsvWithFrenchHeaders() throws Exception {
        Collected read = read("exclusions.csv", "Élève;Structure d'accueil;Département;Pays;SIRET\n"
                + "E1;Ville de Colmar;68;;\nE1;;;;246 700 488 00017\nE2;Stadt Köln;;DE;21680066600017\n");

        assertThat(read.problems).isEmpty();
        assertThat(read.exclusions).containsExactlyElementsOf(EXCLUSIONS);
    }

    @Test
    void readsExclusionsFromJsonWithEnglishKeys() throws Exception {
        Collected read = read("exclusions.json", "[{\"trainee\":\"E1\",\"hostName\":\"VILLE DE COLMAR\",\"departement\":\"68\"},"
                + "{\"Trainee id\":\"E1\",\"SIRET number\":\"24670048800017\"},"
                + "{\"Élève\":\"E2\",\"Host name\":\"Stadt Koln\",\"Country\":\"DE\",\"siret\":\"21680066600017\"}]");

        assertThat(read.problems).isEmpty();
        assertThat(read.exclusions).containsExactlyElementsOf(EXCLUSIONS);
    }

    @Test
    void readsExclusionsFromAWorkbook() throws Exception {
        Collected read = read("exclusions.xlsx", workbook(List.of(List.of("Trainee", "Host", "Department", "Country",
                "SIRET"), List.of("E1", "Ville de Colmar", "68", "", ""), List.of("E1", "", "", "", "24670048800017"),
                List.of("E2", "Stadt Köln", "", "DE", "21680066600017"))));

        assertThat(read.problems).isEmpty();
        assertThat(read.exclusions).containsExactlyElementsOf(EXCLUSIONS);
    }

    @Test
    void rejectsARowThatDoesNotNameTheHostOrNamesItWithoutAPlace() throws Exception {
        Collected csv = read("exclusions.csv", "Élève;Structure d'accueil;Département;SIRET\n"
                + "E1;;;\nE1;Ville de Colmar;;\nE1;;68;123\nE2;Ville de Metz;99X;\n;Ville de Metz;57;\n");
        Collected json = read("exclusions.jsonl", "{\"trainee\":\"E1\"}\n{\"trainee\":\"E1\",\"siret\":\"12\"}\n");
        Collected xlsx = read("exclusions.xlsx", workbook(List.of(List.of("Élève", "Structure d'accueil", "Pays"),
                List.of("E1", "", ""), List.of("E1", "Stadt Köln", "XX"))));

        assertThat(csv.codes()).containsExactly("HOST_IDENTITY_MISSING", "LOCATION_MISSING", "SIRET_INVALID",
                "DEPARTEMENT_UNKNOWN", "VALUE_REQUIRED");
        assertThat(csv.problems).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(csv.problems).extracting(Problem::column).containsExactly("Structure d'accueil", "Département",
                "SIRET", "Département", "Élève");
        assertThat(csv.problems.get(0).message().fr()).contains("donnez son numéro SIRET, ou son nom");
        assertThat(csv.rejected).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(json.codes()).containsExactly("HOST_IDENTITY_MISSING", "SIRET_INVALID");
        assertThat(xlsx.codes()).containsExactly("HOST_IDENTITY_MISSING", "COUNTRY_UNKNOWN");
        assertThat(xlsx.problems).extracting(Problem::cell).containsExactly("B2", "C3");
        assertThat(csv.exclusions).isEmpty();
        assertThat(json.exclusions).isEmpty();
        assertThat(xlsx.exclusions).isEmpty();
    }

    @Test
    void warnsOfAHostExcludedTwiceForATraineeAndKeepsTheFirst() throws Exception {
        Collected csv = read("exclusions.csv", "Élève;Structure d'accueil;Département\n"
                + "E1;Ville de Colmar;68\nE1;VILLE DE COLMAR;68\nE2;Ville de Colmar;68\n");

        assertThat(csv.codes()).containsExactly("EXCLUSION_DUPLICATE");
        assertThat(csv.problems.get(0).line()).isEqualTo(3L);
        assertThat(csv.problems.get(0).message().en()).contains("line 2 (exclusions.csv)");
        assertThat(csv.exclusions).hasSize(3);
    }

    private static Collected read(String name, String content) throws Exception {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Collected read(String name, byte[] content) throws Exception {
        Collected collected = new Collected();
        Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load());
        FileReport report = validation.check(ImportRequest.of(name, () -> new ByteArrayInputStream(content),
                RecordKind.EXCLUSIONS), null, collected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        return collected;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuille");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
