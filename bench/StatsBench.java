import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * The statistics benchmark's dataset: {@code StatsBench generate DIR TRAINEES} writes, for a cohort
 * of TRAINEES trainees (a multiple of 4: two administrateurs, one conservateur de bibliothèques and
 * one ingénieur en chef in each group of four, which is also a collective-project team),
 * offers.csv (as many offers as trainees: one collective project per team, then observation,
 * thématique and perfectionnement offers), trainees.csv and placements.csv (three placements per
 * trainee: 3 × TRAINEES), all valid, UTF-8, comma-separated, ISO dates, about 5% of the offers
 * submitted after their deadline (warnings). Deterministic (seeded).
 */
public class StatsBench {

    static final String[] KINDS = {"COMMUNE", "COMMUNE", "COMMUNE", "INTERCOMMUNALITE", "INTERCOMMUNALITE",
        "DEPARTEMENT", "DEPARTEMENT", "REGION", "ETABLISSEMENT_PUBLIC_LOCAL", "COMMUNE"};
    /** A collective project takes place in a collectivité (rule COLLECTIVE_PROJECT_NOT_IN_COLLECTIVITE). */
    static final String[] COLLECTIVITES = {"COMMUNE", "COMMUNE", "INTERCOMMUNALITE", "DEPARTEMENT", "REGION"};
    static final String[] DEPTS = {"67", "68", "57", "75", "69", "13", "2A", "971", "33", "59", "35", "31", "44",
        "06", "21", "45", "76", "80", "974", "976"};
    static final String[] CORPS = {"ADMINISTRATEUR", "ADMINISTRATEUR", "CONSERVATEUR_BIBLIOTHEQUES", "INGENIEUR_EN_CHEF"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        long trainees = Long.parseLong(args[2]);
        if (trainees % 4 != 0) {
            throw new IllegalArgumentException("give a multiple of 4 trainees");
        }
        Files.createDirectories(dir);
        long teams = trainees / 4;
        long observations = trainees * 2 / 5;
        long thematiques = trainees / 4;
        long perfectionnements = trainees - teams - observations - thematiques;
        Random random = new Random(2026);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("offers.csv"), StandardCharsets.UTF_8)) {
            out.write("reference,hostName,hostKind,population,departement,country,type,corps,cohort,firstDay,lastDay,"
                    + "submitted,title,description,contact,contribution\n");
            for (long i = 0; i < teams; i++) {
                offer(out, random, "PC-" + i, "PROJET_COLLECTIF",
                        "ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES;INGENIEUR_EN_CHEF", LocalDate.of(2026, 6, 19), "4000");
            }
            for (long i = 0; i < observations; i++) {
                offer(out, random, "OBS-" + i, "OBSERVATION",
                        "ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES;INGENIEUR_EN_CHEF", LocalDate.of(2025, 11, 24), "");
            }
            for (long i = 0; i < thematiques; i++) {
                offer(out, random, "THE-" + i, "THEMATIQUE", "ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES",
                        LocalDate.of(2026, 1, 30), "");
            }
            for (long i = 0; i < perfectionnements; i++) {
                offer(out, random, "PER-" + i, "PERFECTIONNEMENT", "INGENIEUR_EN_CHEF", null, "");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("trainees.csv"), StandardCharsets.UTF_8)) {
            out.write("id,corps,cohort\n");
            for (long i = 0; i < trainees; i++) {
                out.write("E" + i + "," + CORPS[(int) (i % 4)] + ",2026\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("placements.csv"), StandardCharsets.UTF_8)) {
            out.write("trainee,offer,type\n");
            for (long i = 0; i < trainees; i++) {
                String corps = CORPS[(int) (i % 4)];
                out.write("E" + i + ",OBS-" + (Math.floorMod(random.nextLong(), observations)) + ",OBSERVATION\n");
                out.write("E" + i + ",PC-" + (i / 4) + ",PROJET_COLLECTIF\n");
                if (corps.equals("INGENIEUR_EN_CHEF")) {
                    out.write("E" + i + ",PER-" + (Math.floorMod(random.nextLong(), perfectionnements))
                            + ",PERFECTIONNEMENT\n");
                } else {
                    out.write("E" + i + ",THE-" + (Math.floorMod(random.nextLong(), thematiques)) + ",THEMATIQUE\n");
                }
            }
        }
    }

    private static void offer(BufferedWriter out, Random random, String reference, String type, String corps,
            LocalDate deadline, String contribution) throws IOException {
        LocalDate submitted = deadline == null ? LocalDate.of(2026, 10, 1)
                : random.nextInt(20) == 0 ? deadline.plusDays(1 + random.nextInt(20))
                : deadline.minusDays(random.nextInt(60));
        int population = 40_001 + random.nextInt(900_000);
        String[] kinds = type.equals("PROJET_COLLECTIF") ? COLLECTIVITES : KINDS;
        out.write(reference + ",Collectivité " + reference + "," + kinds[random.nextInt(kinds.length)] + ","
                + population + "," + DEPTS[random.nextInt(DEPTS.length)] + ",," + type + ",\"" + corps + "\",2026,,,"
                + submitted + ",Mission " + reference + ",Une mission de la direction générale.,stages@"
                + reference.toLowerCase() + ".fr," + contribution + "\n");
    }
}
