package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Siret;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Wish;
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
 * The wishes kind, and the offers' optional places and SIRET columns, read by the CSV, JSON and XLSX
 * importers through the shared binder: French and English headers, the same records, the same problems.
 */
class WishesAndOfferPlacesInEveryFormatTest {

    private static final Edition EDITION = Editions.current();
    private static final List<Wish> WISHES = List.of(
            Wish.of(TraineeId.of("E1"), OfferId.of("OBS-2"), 1),
            Wish.of(TraineeId.of("E1"), OfferId.of("OBS-1"), 2),
            Wish.of(TraineeId.of("E2"), OfferId.of("OBS-1"), 1));

    @Test
    void readsWishesFromACsvWithFrenchHeaders() throws Exception {
        Collected read = read("voeux.csv", RecordKind.WISHES, "Élève;Offre;Rang\nE1;OBS-2;1\nE1;OBS-1;2\nE2;OBS-1;1\n");

        assertThat(read.problems).isEmpty();
        assertThat(read.wishes).containsExactlyElementsOf(WISHES);
    }

    @Test
    void readsWishesFromJsonWithEnglishKeysAndNumbers() throws Exception {
        Collected read = read("wishes.json", RecordKind.WISHES, "[{\"trainee\":\"E1\",\"offer\":\"OBS-2\",\"rank\":1},"
                + "{\"Trainee id\":\"E1\",\"Offer reference\":\"OBS-1\",\"Rank\":2},"
                + "{\"Élève\":\"E2\",\"Offre\":\"OBS-1\",\"Rang\":\"1\"}]");

        assertThat(read.problems).isEmpty();
        assertThat(read.wishes).containsExactlyElementsOf(WISHES);
    }

    @Test
    void readsWishesFromAWorkbookWithNumericRanks() throws Exception {
        byte[] workbook = workbook(List.of(List.of("Trainee", "Offer", "Rank"), List.of("E1", "OBS-2", 1.0),
                List.of("E1", "OBS-1", 2.0), List.of("E2", "OBS-1", 1.0)));
        Collected read = read("voeux.xlsx", RecordKind.WISHES, workbook);

        assertThat(read.problems).isEmpty();
        assertThat(read.wishes).containsExactlyElementsOf(WISHES);
    }

    @Test
    void rejectsARankThatIsNotAPositiveWholeNumberInEveryFormat() throws Exception {
        Collected csv = read("voeux.csv", RecordKind.WISHES, "Élève;Offre;Rang\nE1;OBS-1;0\nE1;OBS-2;premier\nE1;OBS-3;\n"
                + "E1;OBS-4;1,5\n");
        Collected json = read("wishes.jsonl", RecordKind.WISHES, "{\"trainee\":\"E1\",\"offer\":\"OBS-1\",\"rank\":-2}\n"
                + "{\"trainee\":\"E1\",\"offer\":\"OBS-2\",\"rank\":\"first\"}\n");
        Collected xlsx = read("voeux.xlsx", RecordKind.WISHES, workbook(List.of(List.of("Élève", "Offre", "Rang"),
                List.of("E1", "OBS-1", 0.0), List.of("E1", "OBS-2", 2.5))));

        assertThat(csv.codes()).containsExactly("RANK_INVALID", "RANK_INVALID", "VALUE_REQUIRED", "RANK_INVALID");
        assertThat(csv.rejected).containsExactly(2L, 3L, 4L, 5L);
        assertThat(csv.problems.get(0).column()).isEqualTo("Rang");
        assertThat(csv.problems.get(0).message().fr()).contains("« 0 » n'est pas un rang");
        assertThat(json.codes()).containsExactly("RANK_INVALID", "RANK_INVALID");
        assertThat(json.problems).extracting(Problem::field).containsOnly("rank");
        assertThat(xlsx.codes()).containsExactly("RANK_INVALID", "RANK_INVALID");
        assertThat(xlsx.problems).extracting(Problem::cell).containsExactly("C2", "C3");
        assertThat(csv.wishes).isEmpty();
        assertThat(json.wishes).isEmpty();
        assertThat(xlsx.wishes).isEmpty();
    }

    @Test
    void readsTheOffersPlacesAndSiretInEveryFormatAndDefaultsToOnePlace() throws Exception {
        String header = "Référence;Structure d'accueil;Type de structure;Département;Type de stage;Cadre d'emplois;"
                + "Promotion;Date de dépôt;Intitulé;Courriel;Places;SIRET\n";
        Collected csv = read("offres.csv", RecordKind.OFFERS, header
                + "OBS-1;Ville de Metz;COMMUNE;57;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@metz.fr;3;"
                + "215 704 636 00017\n"
                + "OBS-2;Ville de Nancy;COMMUNE;54;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@nancy.fr;;\n");
        Collected json = read("offers.jsonl", RecordKind.OFFERS, "{\"reference\":\"OBS-1\",\"hostName\":\"Ville de Metz\","
                + "\"hostKind\":\"COMMUNE\",\"departement\":\"57\",\"type\":\"OBSERVATION\",\"corps\":[\"AT\"],"
                + "\"cohort\":2026,\"submitted\":\"2025-11-15\",\"title\":\"Observation\",\"contact\":\"dgs@metz.fr\","
                + "\"places\":3,\"siret\":\"21570463600017\"}\n"
                + "{\"reference\":\"OBS-2\",\"hostName\":\"Ville de Nancy\",\"hostKind\":\"COMMUNE\",\"departement\":\"54\","
                + "\"type\":\"OBSERVATION\",\"corps\":[\"AT\"],\"cohort\":2026,\"submitted\":\"2025-11-15\","
                + "\"title\":\"Observation\",\"contact\":\"dgs@nancy.fr\"}\n");
        Collected xlsx = read("offres.xlsx", RecordKind.OFFERS, workbook(List.of(
                List.of("Reference", "Host", "Host kind", "Department", "Internship type", "Corps", "Cohort",
                        "Submitted", "Title", "Email", "Number of places", "SIRET number"),
                List.of("OBS-1", "Ville de Metz", "COMMUNE", "57", "OBSERVATION", "AT", 2026.0, "15/11/2025",
                        "Observation", "dgs@metz.fr", 3.0, "21570463600017"),
                List.of("OBS-2", "Ville de Nancy", "COMMUNE", "54", "OBSERVATION", "AT", 2026.0, "15/11/2025",
                        "Observation", "dgs@nancy.fr"))));

        for (Collected read : List.of(csv, json, xlsx)) {
            assertThat(read.errors()).isEmpty();
            assertThat(read.offers).extracting(Offer::places).containsExactly(3, 1);
            assertThat(read.offers.get(0).host().siret()).contains(Siret.of("21570463600017"));
            assertThat(read.offers.get(1).host().siret()).isEmpty();
        }
        assertThat(json.offers).containsExactlyElementsOf(csv.offers);
        assertThat(xlsx.offers).containsExactlyElementsOf(csv.offers);
    }

    @Test
    void rejectsPlacesBelowOneAndASiretThatIsNotFourteenDigits() throws Exception {
        String header = "Référence;Structure d'accueil;Type de structure;Département;Type de stage;Cadre d'emplois;"
                + "Promotion;Date de dépôt;Intitulé;Courriel;Places;SIRET\n";
        Collected csv = read("offres.csv", RecordKind.OFFERS, header
                + "OBS-1;Ville de Metz;COMMUNE;57;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@metz.fr;0;\n"
                + "OBS-2;Ville de Metz;COMMUNE;57;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@metz.fr;deux;\n"
                + "OBS-3;Ville de Nancy;COMMUNE;54;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@nancy.fr;;2157046360\n");

        assertThat(csv.codes()).containsExactly("PLACES_INVALID", "PLACES_INVALID", "SIRET_INVALID");
        assertThat(csv.problems).extracting(Problem::column).containsExactly("Places", "Places", "SIRET");
        assertThat(csv.offers).isEmpty();
        assertThat(csv.rejected).containsExactly(2L, 3L, 4L);
    }

    static Collected read(String name, RecordKind kind, String content) throws Exception {
        return read(name, kind, content.getBytes(StandardCharsets.UTF_8));
    }

    static Collected read(String name, RecordKind kind, byte[] content) throws Exception {
        Collected collected = new Collected();
        Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load());
        FileReport report = validation.check(ImportRequest.of(name, () -> new ByteArrayInputStream(content), kind),
                null, collected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        return collected;
    }

    /** A workbook whose numbers are numeric cells, as Excel stores them. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuille");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
