import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The import benchmark's tools, run with the shaded jar on the class path:
 * {@code generate FILE ROWS} writes synthetic offers as French Excel saves them (Windows-1252,
 * semicolons, dd/MM/yyyy, 16 columns, a ~200-character description, about 2% bad rows);
 * {@code bare FILE} is the floor: a bare single-threaded Jackson CSV streaming parse into typed
 * records, nothing checked.
 */
public class ImportBench {

    record OfferRecord(String reference, String host, String kind, int population, String departement,
            String country, String type, String corps, int cohort, LocalDate first, LocalDate last,
            LocalDate submitted, String title, String description, String contact, String contribution) {
    }

    static final String[] KINDS = {"COMMUNE", "COMMUNE", "COMMUNE", "INTERCOMMUNALITE", "INTERCOMMUNALITE",
            "DEPARTEMENT", "DEPARTEMENT", "REGION", "COLLECTIVITE_OUTRE_MER", "ETABLISSEMENT_PUBLIC_LOCAL"};
    static final String[] DEPTS = {"67", "68", "57", "75", "69", "13", "2A", "971", "33", "59"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]));
        } else if (args[0].equals("bind")) {
            long start = System.nanoTime();
            long[] counts = bind(Path.of(args[1]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("CSV importer, parse and bind, no rule checked: %d offers + %d rejected in %.2f s%n",
                    counts[0], counts[1], seconds);
        } else {
            long start = System.nanoTime();
            long rows = bare(Path.of(args[1]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("bare Jackson parse into records: %d rows in %.2f s (%.0f rows/s)%n", rows, seconds,
                    rows / seconds);
        }
    }

    static void generate(Path file, long rows) throws IOException {
        Random random = new Random(2026);
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String filler = "Mission au sein de la direction générale : analyse d'une politique publique, entretiens avec"
                + " les élus et les services, restitution écrite et orale ; l'élève participe aux comités de"
                + " direction et suit un projet structurant.";
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write("Référence;Structure d'accueil;Type de structure;Population;Département;Pays;Type de stage;"
                    + "Cadre d'emplois;Promotion;Premier jour;Dernier jour;Date de dépôt;Intitulé;Description;"
                    + "Courriel;Participation financière\r\n");
            for (long i = 1; i <= rows; i++) {
                int variant = random.nextInt(100);
                String kind = variant == 96 ? "SERVICE_ETAT" : KINDS[random.nextInt(KINDS.length)];
                int population = 40_001 + random.nextInt(900_000);
                String type = "OBSERVATION";
                String corps = "ADMINISTRATEUR";
                String first = "30/03/2026";
                String last = "24/04/2026";
                String submitted = LocalDate.of(2025, 10, 1).plusDays(random.nextInt(50)).format(french);
                String contribution = "";
                if (variant < 30) {
                    type = "THEMATIQUE";
                    first = "26/05/2026";
                    last = "10/07/2026";
                    submitted = "15/01/2026";
                    corps = "ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES";
                } else if (variant < 40) {
                    type = "PROJET_COLLECTIF";
                    kind = "COMMUNE";
                    first = "12/10/2026";
                    last = "18/12/2026";
                    submitted = "02/06/2026";
                    corps = "ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES;INGENIEUR_EN_CHEF";
                    contribution = "4 000,00";
                }
                String populationText = String.valueOf(population);
                String email = "stages" + i + "@ville" + (i % 997) + ".fr";
                if (variant == 97) {
                    populationText = "-" + population;
                } else if (variant == 98) {
                    submitted = "31/02/2026";
                } else if (variant == 99) {
                    email = "stages" + i + " at ville.fr";
                }
                String description = "\"" + filler.substring(0, 150 + random.nextInt(60)) + " (" + i + ")\"";
                out.write("OFF-" + i + ";Ville n°" + i + ";" + kind + ";" + populationText + ";"
                        + DEPTS[random.nextInt(DEPTS.length)] + ";;" + type + ";\"" + corps + "\";2026;" + first + ";"
                        + last + ";" + submitted + ";Mission " + type.toLowerCase() + " " + i + ";" + description + ";"
                        + email + ";" + contribution + "\r\n");
            }
        }
    }

    /** The library's CSV importer alone: parsing and binding into domain offers, no rule checked. */
    static long[] bind(Path file) throws IOException {
        long[] counts = new long[2];
        fr.cnfpt.inet.stages.importer.spi.RowSink sink = new fr.cnfpt.inet.stages.importer.spi.RowSink() {
            @Override
            public void offer(long line, fr.cnfpt.inet.stages.domain.offer.Offer offer) {
                counts[0]++;
            }

            @Override
            public void problem(fr.cnfpt.inet.stages.importer.spi.Problem problem) {
            }

            @Override
            public void rejected(long line) {
                counts[1]++;
            }
        };
        new fr.cnfpt.inet.stages.importer.csv.CsvImporter().read(fr.cnfpt.inet.stages.importer.spi.ImportRequest.of(
                file.toString(), () -> Files.newInputStream(file), fr.cnfpt.inet.stages.importer.spi.RecordKind.OFFERS),
                sink);
        return counts;
    }

    static long bare(Path file) throws IOException {
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        CsvFactory factory = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        long rows = 0;
        long checksum = 0;
        try (Reader reader = Files.newBufferedReader(file, Charset.forName("windows-1252"));
                CsvParser parser = factory.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(';'));
            List<String> cells = new ArrayList<>(16);
            int depth = 0;
            boolean header = true;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    cells.clear();
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- != 2) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    OfferRecord offer = new OfferRecord(cells.get(0), cells.get(1), cells.get(2), integer(cells.get(3)),
                            cells.get(4), cells.get(5), cells.get(6), cells.get(7), integer(cells.get(8)),
                            date(cells.get(9), french), date(cells.get(10), french), date(cells.get(11), french),
                            cells.get(12), cells.get(13), cells.get(14), cells.get(15));
                    checksum += offer.population() + (offer.submitted() == null ? 0 : offer.submitted().getDayOfMonth());
                    rows++;
                } else if (token.isScalarValue()) {
                    cells.add(parser.getText());
                }
            }
        }
        if (checksum == 42) {
            System.out.println();
        }
        return rows;
    }

    static int integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static LocalDate date(String text, DateTimeFormatter format) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text, format);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
