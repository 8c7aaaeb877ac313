package fr.cnfpt.inet.stages.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Five offers of cohort 2026, as host organisations send them, written in every format we read:
 * CSV from French Excel (Windows-1252, semicolons, dd/MM/yyyy, "291 313"), CSV from other tools
 * (UTF-8 with a byte-order mark, commas, ISO dates), JSON and an Excel workbook with real date and
 * number cells. Each must import to the same offers.
 */
public final class OfferTableFixture {

    /** The French headers, as a coordinator types them. */
    public static final List<String> FRENCH_HEADER = List.of("Référence", "Structure d'accueil", "Type de structure",
            "Population", "Département", "Pays", "Type de stage", "Cadre d'emplois", "Promotion", "Premier jour",
            "Dernier jour", "Date de dépôt", "Intitulé", "Description", "Courriel", "Participation financière");
    /** The English keys. */
    public static final List<String> ENGLISH_HEADER = List.of("reference", "hostName", "hostKind", "population",
            "departement", "country", "type", "corps", "cohort", "firstDay", "lastDay", "submitted", "title",
            "description", "contact", "contribution");

    /** One offer, typed. */
    public record OfferRow(String reference, String host, String kind, Integer population, String departement,
            String country, String type, List<String> corps, int cohort, LocalDate first, LocalDate last,
            LocalDate submitted, String title, String description, String contact, Integer contribution) {
    }

    /** The offers. */
    public static final List<OfferRow> OFFERS = List.of(
            new OfferRow("OBS-001", "Ville de Strasbourg", "COMMUNE", 291_313, "67", null, "OBSERVATION",
                    List.of("ADMINISTRATEUR"), 2026, null, null, LocalDate.of(2025, 11, 15),
                    "Observation auprès de la direction générale",
                    "Suivre la « DGS » au quotidien ;\nparticiper aux comités de direction.", "dgs@strasbourg.eu",
                    null),
            new OfferRow("THE-002", "Région Grand Est", "REGION", 5_562_651, "67", null, "THEMATIQUE",
                    List.of("ADMINISTRATEUR", "CONSERVATEUR_BIBLIOTHEQUES"), 2026, LocalDate.of(2026, 5, 26),
                    LocalDate.of(2026, 7, 10), LocalDate.of(2026, 1, 20), "Évaluer la politique régionale du livre",
                    "Analyse d'une politique publique, \"lecture publique\" incluse.", "stages@grandest.fr", null),
            new OfferRow("PC-003", "Eurométropole de Strasbourg", "INTERCOMMUNALITE", 505_272, "67", null,
                    "PROJET_COLLECTIF", List.of("ADMINISTRATEUR", "CONSERVATEUR_BIBLIOTHEQUES", "INGENIEUR_EN_CHEF"),
                    2026, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 18), LocalDate.of(2026, 6, 1),
                    "=HYPERLINK(\"http://example.org\",\"Projet\")", "Mobilités douces : œuvre commune, 4 élèves.",
                    "projets@strasbourg.eu", 4000),
            new OfferRow("OUV-004", "Stadt Kehl", "COLLECTIVITE_EUROPEENNE", null, null, "DE", "OUVERTURE",
                    List.of("ADMINISTRATEUR"), 2026, null, null, LocalDate.of(2026, 9, 1),
                    "Coopération transfrontalière", "", "rathaus@kehl.de", null),
            new OfferRow("OBS-005", "Ville de Lyon", "COMMUNE", 522_250, "69", null, "OBSERVATION",
                    List.of("CONSERVATEUR_BIBLIOTHEQUES"), 2026, null, null, LocalDate.of(2025, 11, 20),
                    "Observation à la bibliothèque municipale", "Bibliothèque de la Part-Dieu.", "bm@lyon.fr",
                    null));

    private OfferTableFixture() {
    }

    /** Writes the offers as French Excel does: Windows-1252, semicolons, dd/MM/yyyy, grouped numbers. */
    public static Path frenchExcelCsv(Path folder) throws IOException {
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<List<String>> rows = new ArrayList<>();
        rows.add(FRENCH_HEADER);
        for (OfferRow o : OFFERS) {
            rows.add(values(o, d -> d.format(french), n -> String.format(java.util.Locale.FRANCE, "%,d", n)
                    .replace('\u202f', '\u00a0'), c -> String.join(";", c), e -> e + ",00"));
        }
        return write(folder.resolve("offres-excel.csv"), rows, ';', Charset.forName("windows-1252"), false);
    }

    /** Writes the offers as other tools do: UTF-8 with a byte-order mark, commas, ISO dates, English keys. */
    public static Path utf8Csv(Path folder) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ENGLISH_HEADER);
        for (OfferRow o : OFFERS) {
            rows.add(values(o, LocalDate::toString, String::valueOf, c -> String.join(",", c), String::valueOf));
        }
        return write(folder.resolve("offers-utf8.csv"), rows, ',', StandardCharsets.UTF_8, true);
    }

    /** Writes the offers as a JSON array, corps as arrays, numbers as numbers. */
    public static Path json(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (OfferRow o : OFFERS) {
            ObjectNode node = array.addObject();
            node.put("reference", o.reference()).put("hostName", o.host()).put("hostKind", o.kind());
            if (o.population() != null) {
                node.put("population", o.population());
            }
            node.put("departement", o.departement()).put("country", o.country()).put("type", o.type());
            o.corps().forEach(node.putArray("corps")::add);
            node.put("cohort", o.cohort());
            node.put("firstDay", o.first() == null ? null : o.first().toString());
            node.put("lastDay", o.last() == null ? null : o.last().toString());
            node.put("submitted", o.submitted().toString()).put("title", o.title())
                    .put("description", o.description()).put("contact", o.contact());
            if (o.contribution() != null) {
                node.put("contribution", o.contribution());
            }
        }
        Path file = folder.resolve("offers.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), array);
        return file;
    }

    /** Writes the offers as an Excel workbook: French headers, date cells, number cells. */
    public static Path xlsx(Path folder) throws IOException {
        Path file = folder.resolve("offres.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Offres");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < FRENCH_HEADER.size(); i++) {
                header.createCell(i).setCellValue(FRENCH_HEADER.get(i));
            }
            int r = 1;
            for (OfferRow o : OFFERS) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.reference());
                row.createCell(1).setCellValue(o.host());
                row.createCell(2).setCellValue(o.kind());
                if (o.population() != null) {
                    row.createCell(3).setCellValue(o.population());
                }
                if (o.departement() != null) {
                    row.createCell(4).setCellValue(Integer.parseInt(o.departement()));
                }
                if (o.country() != null) {
                    row.createCell(5).setCellValue(o.country());
                }
                row.createCell(6).setCellValue(o.type());
                row.createCell(7).setCellValue(String.join(", ", o.corps()));
                row.createCell(8).setCellValue(o.cohort());
                dateCell(row, 9, o.first(), date);
                dateCell(row, 10, o.last(), date);
                dateCell(row, 11, o.submitted(), date);
                row.createCell(12).setCellValue(o.title());
                row.createCell(13).setCellValue(o.description());
                row.createCell(14).setCellValue(o.contact());
                if (o.contribution() != null) {
                    row.createCell(15).setCellValue(o.contribution());
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static List<String> values(OfferRow o, java.util.function.Function<LocalDate, String> date,
            java.util.function.Function<Integer, String> number,
            java.util.function.Function<List<String>, String> corps, java.util.function.Function<Integer, String> euros) {
        List<String> v = new ArrayList<>();
        v.add(o.reference());
        v.add(o.host());
        v.add(o.kind());
        v.add(o.population() == null ? "" : number.apply(o.population()));
        v.add(o.departement() == null ? "" : o.departement());
        v.add(o.country() == null ? "" : o.country());
        v.add(o.type());
        v.add(corps.apply(o.corps()));
        v.add(String.valueOf(o.cohort()));
        v.add(o.first() == null ? "" : date.apply(o.first()));
        v.add(o.last() == null ? "" : date.apply(o.last()));
        v.add(date.apply(o.submitted()));
        v.add(o.title());
        v.add(o.description());
        v.add(o.contact());
        v.add(o.contribution() == null ? "" : euros.apply(o.contribution()));
        return v;
    }

    /** Writes rows as CSV, quoting what needs it, with CRLF line ends as Excel does. */
    public static Path write(Path file, List<List<String>> rows, char separator, Charset charset, boolean bom)
            throws IOException {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                String cell = row.get(i);
                boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        Files.write(file, text.toString().getBytes(charset));
        return file;
    }
}
