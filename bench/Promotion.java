import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A seeded generator of a realistic INET cohort (promotion 2026, scolarité 2026-2027), JDK only, so that the
 * files are the same byte for byte on every machine:
 * <pre>
 * java bench/Promotion.java DIR [--trainees N] [--observation-offers M] [--seed S] [--observation-only]
 * </pre>
 * writes, in the documented import formats (docs/formats.md) with French headers, as Excel's "CSV UTF-8"
 * saves them (UTF-8 with a byte-order mark, {@code ;}, {@code dd/MM/yyyy}, CR LF):
 * <ul>
 * <li>{@code eleves.csv}: N trainees (default 170: 90/170 administrateurs, 28/170 conservateurs de
 * bibliothèques, the rest ingénieurs en chef), with obviously fictitious names (given names and trees) and
 * e-mail addresses at example.org;</li>
 * <li>{@code offres.csv}: the offers of the six internship types of the cohort (M observation offers, default
 * 1.3 × N; the other types in proportion to the trainees they are open to), from real local authorities of
 * every size (then numbered fictitious ones when a large N needs more), State services, public companies,
 * cultural institutions and hosts abroad for the ouverture; some of 2 or 3 places; a SIRET number (invented,
 * 14 digits with a valid Luhn key) on about 60 % of them; collective projects in local authorities of more
 * than 40,000 inhabitants with the edition's 4,000 € contribution; every offer submitted before its type's
 * deadline in the calendar of cohort 2026;</li>
 * <li>{@code voeux-observation.csv}, {@code voeux-thematique.csv}, {@code voeux-projet-collectif.csv}: five
 * ranked wishes per trainee for each planned type, drawn by a skewed popularity (Zipf-like, exponent 0.8,
 * over a shuffled order), so that popular offers are over-demanded;</li>
 * <li>{@code affectations-observation.csv}, {@code affectations-thematique.csv}: the earlier placements, as a
 * coordinator makes them in a random serial order (each trainee takes their best wish still free, else the
 * first free offer open to their corps), never twice with the same host. A third of the trainees have a host
 * of their earlier placements among their thématique (and collective-project) wishes; the others avoid them.</li>
 * </ul>
 * {@code --observation-only} writes only the trainees, the observation offers and their wishes (the benchmark's
 * files, bench/plan.sh).
 * <p>
 * Reproducible: one seeded {@link Random}, {@link StrictMath} (whose results are specified to the bit, unlike
 * {@link Math}'s), no iteration over hashed collections, {@link Locale#ROOT} formats.
 */
public class Promotion {

    static final int COHORT = 2026;
    /** The edition's collective-project terms (CollectiveProjectTerms of 2026-2027); inet validate checks them. */
    static final int PROJECT_POPULATION_ABOVE = 40_000;
    static final String PROJECT_CONTRIBUTION = "4000";
    static final String ADM = "ADMINISTRATEUR";
    static final String CTB = "CONSERVATEUR_BIBLIOTHEQUES";
    static final String ICT = "INGENIEUR_EN_CHEF";
    static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    /**
     * Local authorities: kind (C commune, I intercommunalité, D département, R région, O outre-mer), name,
     * département, population.
     */
    static final String[] COLLECTIVITES = {
        "C|Ville de Paris|75|2133111", "C|Ville de Marseille|13|873076", "C|Ville de Lyon|69|522250",
        "C|Ville de Toulouse|31|504078", "C|Ville de Nice|06|348085", "C|Ville de Nantes|44|323204",
        "C|Ville de Montpellier|34|302454", "C|Ville de Strasbourg|67|291313", "C|Ville de Bordeaux|33|261804",
        "C|Ville de Lille|59|236710", "C|Ville de Rennes|35|222485", "C|Ville de Reims|51|180318",
        "C|Ville de Toulon|83|180452", "C|Ville de Saint-Étienne|42|173089", "C|Ville du Havre|76|166058",
        "C|Ville de Grenoble|38|158454", "C|Ville de Dijon|21|159346", "C|Ville d'Angers|49|157175",
        "C|Ville de Nîmes|30|148104", "C|Ville de Villeurbanne|69|154781", "C|Ville de Clermont-Ferrand|63|147865",
        "C|Ville du Mans|72|145004", "C|Ville d'Aix-en-Provence|13|147478", "C|Ville de Brest|29|139926",
        "C|Ville de Tours|37|137087", "C|Ville d'Amiens|80|133625", "C|Ville de Limoges|87|129754",
        "C|Ville d'Annecy|74|131272", "C|Ville de Perpignan|66|119656", "C|Ville de Metz|57|120211",
        "C|Ville de Besançon|25|119198", "C|Ville d'Orléans|45|116344", "C|Ville de Rouen|76|114083",
        "C|Ville de Mulhouse|68|105049", "C|Ville de Caen|14|108200", "C|Ville de Nancy|54|104403",
        "C|Ville de Montreuil|93|111367", "C|Ville de Roubaix|59|98089", "C|Ville d'Avignon|84|91143",
        "C|Ville de Poitiers|86|89212", "C|Ville de La Rochelle|17|78535", "C|Ville de Pau|64|75665",
        "C|Ville d'Ajaccio|2A|72500", "C|Ville de Colmar|68|67730", "C|Ville de Valence|26|64749",
        "C|Ville de Bourges|18|64033", "C|Ville de Quimper|29|63283", "C|Ville de Troyes|10|61996",
        "C|Ville de Chambéry|73|60339", "C|Ville de Niort|79|59193", "C|Ville de Lorient|56|57273",
        "C|Ville de Vannes|56|54020", "C|Ville de Laval|53|49728", "C|Ville d'Albi|81|49236",
        "C|Ville de Bastia|2B|48500", "C|Ville de Saint-Malo|35|46000", "C|Ville de Blois|41|45871",
        "C|Ville de Saint-Brieuc|22|44170", "C|Ville d'Alès|30|42000", "C|Ville d'Arras|62|41555",
        "C|Ville de Gap|05|40600", "C|Ville de Chartres|28|38875", "C|Ville de Haguenau|67|35000",
        "C|Ville d'Auxerre|89|34634", "C|Ville de Mâcon|71|33800", "C|Ville d'Épinal|88|31774",
        "C|Ville de Périgueux|24|29896", "C|Ville de Sélestat|67|19500", "C|Ville de Cahors|46|19400",
        "C|Ville de Digne-les-Bains|04|16200", "C|Ville de Guéret|23|13100", "C|Ville de Mende|48|12000",
        "I|Eurométropole de Strasbourg|67|505000", "I|Métropole de Lyon|69|1416000",
        "I|Métropole d'Aix-Marseille-Provence|13|1900000", "I|Toulouse Métropole|31|800000",
        "I|Bordeaux Métropole|33|820000", "I|Nantes Métropole|44|680000", "I|Métropole européenne de Lille|59|1180000",
        "I|Rennes Métropole|35|460000", "I|Montpellier Méditerranée Métropole|34|500000",
        "I|Grenoble-Alpes Métropole|38|450000", "I|Métropole Rouen Normandie|76|490000",
        "I|Métropole du Grand Nancy|54|255000", "I|Dijon Métropole|21|255000", "I|Tours Métropole Val de Loire|37|300000",
        "I|Orléans Métropole|45|290000", "I|Brest Métropole|29|210000", "I|Clermont Auvergne Métropole|63|295000",
        "I|Saint-Étienne Métropole|42|405000", "I|Métropole Nice Côte d'Azur|06|555000", "I|Metz Métropole|57|225000",
        "I|Mulhouse Alsace Agglomération|68|275000", "I|Communauté urbaine Caen la Mer|14|270000",
        "I|Angers Loire Métropole|49|305000", "I|Le Mans Métropole|72|210000", "I|Grand Besançon Métropole|25|195000",
        "I|Communauté d'agglomération de La Rochelle|17|175000", "I|Grand Poitiers|86|195000",
        "I|Limoges Métropole|87|210000", "I|Communauté d'agglomération du Pays Basque|64|315000",
        "I|Communauté de communes du Pays de Sarrebourg|57|46000", "I|Communauté de communes de la Vallée de Munster|68|16000",
        "D|Collectivité européenne d'Alsace|67|1900000", "D|Département du Nord|59|2600000",
        "D|Département des Bouches-du-Rhône|13|2040000", "D|Département de la Gironde|33|1650000",
        "D|Département de la Haute-Garonne|31|1440000", "D|Département de Loire-Atlantique|44|1450000",
        "D|Département d'Ille-et-Vilaine|35|1100000", "D|Département de l'Isère|38|1270000",
        "D|Département de l'Hérault|34|1200000", "D|Département de la Moselle|57|1050000",
        "D|Département de la Seine-Saint-Denis|93|1660000", "D|Département du Val-de-Marne|94|1410000",
        "D|Département des Hauts-de-Seine|92|1630000", "D|Département de l'Essonne|91|1300000",
        "D|Département des Yvelines|78|1450000", "D|Département du Finistère|29|915000",
        "D|Département du Morbihan|56|760000", "D|Département de la Côte-d'Or|21|535000",
        "D|Département du Doubs|25|545000", "D|Département du Puy-de-Dôme|63|665000",
        "D|Département de la Haute-Vienne|87|372000", "D|Département de la Charente-Maritime|17|655000",
        "D|Département de la Vienne|86|438000", "D|Département de la Savoie|73|437000",
        "D|Département de la Haute-Savoie|74|830000", "D|Département de la Drôme|26|520000",
        "D|Département des Landes|40|420000", "D|Département des Vosges|88|360000", "D|Département de la Meuse|55|183000",
        "D|Département du Gers|32|192000", "D|Département du Cantal|15|144000", "D|Département de la Creuse|23|115000",
        "D|Département de la Lozère|48|76000", "D|Département de La Réunion|974|870000",
        "D|Département de Mayotte|976|300000",
        "R|Région Grand Est|67|5560000", "R|Région Île-de-France|75|12300000", "R|Région Auvergne-Rhône-Alpes|69|8100000",
        "R|Région Nouvelle-Aquitaine|33|6100000", "R|Région Occitanie|31|6000000", "R|Région Hauts-de-France|59|6000000",
        "R|Région Provence-Alpes-Côte d'Azur|13|5100000", "R|Région Bretagne|35|3400000", "R|Région Normandie|14|3300000",
        "R|Région Pays de la Loire|44|3900000", "R|Région Bourgogne-Franche-Comté|21|2800000",
        "R|Région Centre-Val de Loire|45|2570000", "R|Collectivité de Corse|2A|345000", "R|Région Guadeloupe|971|384000",
        "O|Collectivité territoriale de Martinique|972|360000", "O|Collectivité territoriale de Guyane|973|290000",
    };

    /** Hosts of the stage d'ouverture: kind, name, département (or country after '@' for a host abroad). */
    static final String[] OUVERTURE = {
        "SERVICE_ETAT|Préfecture de la région Grand Est|67", "SERVICE_ETAT|Préfecture de la Gironde|33",
        "SERVICE_ETAT|Chambre régionale des comptes Grand Est|57",
        "SERVICE_ETAT|Chambre régionale des comptes Auvergne-Rhône-Alpes|69",
        "SERVICE_ETAT|Direction régionale des affaires culturelles d'Occitanie|31",
        "SERVICE_ETAT|Agence nationale de la cohésion des territoires|75",
        "SERVICE_ETAT|Direction générale des collectivités locales|75", "SERVICE_ETAT|Cour des comptes|75",
        "ETABLISSEMENT_PUBLIC|Agence de l'eau Rhin-Meuse|57", "ETABLISSEMENT_PUBLIC|Cerema|69",
        "ETABLISSEMENT_PUBLIC|Université de Strasbourg|67", "ETABLISSEMENT_PUBLIC|Ademe|49",
        "ENTREPRISE_PUBLIQUE|Caisse des Dépôts|75", "ENTREPRISE_PUBLIQUE|Groupe La Poste|75",
        "ENTREPRISE_PUBLIQUE|SNCF Réseau|93", "ENTREPRISE_PUBLIQUE|RATP|75",
        "ETABLISSEMENT_CULTUREL|Bibliothèque nationale de France|75",
        "ETABLISSEMENT_CULTUREL|Bibliothèque publique d'information|75",
        "ETABLISSEMENT_CULTUREL|Établissement public du château de Versailles|78",
        "ETABLISSEMENT_CULTUREL|Bibliothèque nationale et universitaire de Strasbourg|67",
        "ETABLISSEMENT_CULTUREL|Centre Pompidou-Metz|57", "ASSOCIATION|Association des maires de France|75",
        "ASSOCIATION|Régions de France|75", "ASSOCIATION|Intercommunalités de France|75", "ASSOCIATION|France urbaine|75",
        "ASSOCIATION|Croix-Rouge française|75", "SECTEUR_PRIVE|Transdev|92", "SECTEUR_PRIVE|Veolia Eau|92",
        "HOPITAL|Hôpitaux universitaires de Strasbourg|67", "HOPITAL|Assistance publique - Hôpitaux de Paris|75",
        "HOPITAL|Hospices civils de Lyon|69", "COLLECTIVITE_OUTRE_MER|Collectivité territoriale de Martinique|972",
        "COLLECTIVITE_OUTRE_MER|Collectivité territoriale de Guyane|973",
        "COLLECTIVITE_EUROPEENNE|Stadt Freiburg im Breisgau|@DE", "COLLECTIVITE_EUROPEENNE|Stadt Karlsruhe|@DE",
        "COLLECTIVITE_EUROPEENNE|Kanton Basel-Stadt|@CH", "COLLECTIVITE_EUROPEENNE|Ville de Bruxelles|@BE",
        "COLLECTIVITE_EUROPEENNE|Ville de Luxembourg|@LU", "COLLECTIVITE_EUROPEENNE|Città di Torino|@IT",
        "COLLECTIVITE_EUROPEENNE|Ajuntament de Barcelona|@ES", "INSTITUTION_ETRANGERE|Ville de Montréal|@CA",
        "INSTITUTION_ETRANGERE|Ville de Québec|@CA", "ORGANISATION_INTERNATIONALE|Comité européen des régions|@BE",
        "ORGANISATION_INTERNATIONALE|Commission européenne|@BE",
        "ORGANISATION_INTERNATIONALE|Organisation mondiale de la santé|@CH",
        "ORGANISATION_INTERNATIONALE|ONU-Habitat|@KE",
    };

    static final String[] GIVEN = {"Camille", "Dominique", "Claude", "Alix", "Sacha", "Maxime", "Morgane", "Yannick",
        "Lou", "Noa", "Élise", "Théo", "Inès", "Hugo", "Léa", "Jules", "Chloé", "Louis", "Manon", "Arthur", "Sarah",
        "Nathan", "Clara", "Paul", "Zoé", "Adam", "Lina", "Gabriel", "Jeanne", "Raphaël", "Rose", "Victor", "Anaïs",
        "Bastien", "Margaux", "Quentin", "Salomé", "Étienne", "Mathilde", "Karim"};
    static final String[] FAMILY = {"Tilleul", "Peuplier", "Bouleau", "Érable", "Châtaignier", "Noisetier", "Sureau",
        "Aubépine", "Cormier", "Mélèze", "Sorbier", "Platane", "Saule", "Cèdre", "Houx", "Genêt", "Merisier",
        "Cyprès", "Magnolia", "Tamaris", "Micocoulier", "Séquoia", "Ginkgo", "Arbousier", "Cornouiller", "Fusain",
        "Troène", "Viorne", "Églantier", "Aulne", "Tremble", "Alisier", "Amandier", "Figuier", "Olivier-Sauvage",
        "Néflier", "Cognassier", "Mûrier", "Pistachier", "Caroubier"};

    record Host(int index, String kind, String name, String departement, String country, int population,
            String siret, String slug) {
    }

    record Offer(String reference, Host host, String type, List<String> corps, int places, LocalDate submitted,
            String title, String description, String supervisor, boolean siret) {
    }

    record Trainee(String id, String corps, String given, String family) {
    }

    final Random random;
    final List<Trainee> trainees = new ArrayList<>();
    final List<Host> collectivites = new ArrayList<>();
    final List<Host> ouverture = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();

    Promotion(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = 170;
        int observationOffers = -1;
        long seed = 2026;
        boolean observationOnly = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--trainees" -> n = Integer.parseInt(args[++i]);
                case "--observation-offers" -> observationOffers = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--observation-only" -> observationOnly = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Files.createDirectories(dir);
        Promotion promotion = new Promotion(seed);
        promotion.write(dir, n, observationOffers < 0 ? Math.round(n * 1.3f) : observationOffers, observationOnly);
    }

    void write(Path dir, int n, int observationOffers, boolean observationOnly) throws IOException {
        int administrateurs = Math.round(n * 90f / 170);
        int conservateurs = Math.round(n * 28f / 170);
        makeTrainees(administrateurs, n - administrateurs - conservateurs, conservateurs);
        makeHosts(Math.max(COLLECTIVITES.length, observationOffers * 2 / 3));
        int curriculum = administrateurs + conservateurs;
        makeObservationOffers(observationOffers, n, conservateurs);
        if (!observationOnly) {
            makeOffers("THE", "THEMATIQUE", Math.round(curriculum * 0.95f), collectivites,
                    LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 30), 0.3);
            makeOffers("PC", "PROJET_COLLECTIF", Math.round((n + 3) / 4 * 1.3f),
                    large(collectivites), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 19), 0.15);
            makeOffers("OUV", "OUVERTURE", Math.round(curriculum * 0.9f), ouverture,
                    LocalDate.of(2026, 2, 2), LocalDate.of(2026, 6, 30), 0.1);
            makeOffers("PRO", "PROFESSIONNALISATION", Math.round(curriculum * 0.9f), collectivites,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30), 0.1);
            makeOffers("PERF", "PERFECTIONNEMENT", Math.round((n - curriculum) * 1.1f), collectivites,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30), 0.1);
        }
        writeTrainees(dir.resolve("eleves.csv"));
        writeOffers(dir.resolve("offres.csv"));
        List<Set<Integer>> history = new ArrayList<>();
        for (int t = 0; t < trainees.size(); t++) {
            history.add(new HashSet<>());
        }
        List<List<Offer>> observation = wishes("OBSERVATION", history, t -> true);
        writeWishes(dir.resolve("voeux-observation.csv"), observation);
        if (observationOnly) {
            return;
        }
        List<Offer> observed = serialOrder("OBSERVATION", observation, history);
        writePlacements(dir.resolve("affectations-observation.csv"), observed, "OBSERVATION");
        remember(observed, history);
        List<List<Offer>> thematique = wishes("THEMATIQUE", history, t -> !t.corps().equals(ICT));
        writeWishes(dir.resolve("voeux-thematique.csv"), thematique);
        List<Offer> thematic = serialOrder("THEMATIQUE", thematique, history);
        writePlacements(dir.resolve("affectations-thematique.csv"), thematic, "THEMATIQUE");
        remember(thematic, history);
        writeWishes(dir.resolve("voeux-projet-collectif.csv"), wishes("PROJET_COLLECTIF", history, t -> true));
    }

    void makeTrainees(int administrateurs, int ingenieurs, int conservateurs) {
        Set<String> names = new HashSet<>();
        int width = Math.max(3, String.valueOf(administrateurs + ingenieurs + conservateurs).length());
        String[] corps = {ADM, ICT, CTB};
        int[] counts = {administrateurs, ingenieurs, conservateurs};
        for (int c = 0; c < corps.length; c++) {
            for (int i = 0; i < counts[c]; i++) {
                String given;
                String family;
                int tries = 0;
                do {
                    given = GIVEN[random.nextInt(GIVEN.length)];
                    family = FAMILY[random.nextInt(FAMILY.length)];
                } while (!names.add(given + " " + family) && ++tries < 50);
                String id = String.format(Locale.ROOT, "E%d-%0" + width + "d", COHORT, trainees.size() + 1);
                trainees.add(new Trainee(id, corps[c], given, family));
            }
        }
    }

    void makeHosts(int count) {
        for (String row : COLLECTIVITES) {
            String[] f = row.split("\\|");
            String kind = switch (f[0]) {
                case "C" -> "COMMUNE";
                case "I" -> "INTERCOMMUNALITE";
                case "D" -> "DEPARTEMENT";
                case "R" -> "REGION";
                default -> "COLLECTIVITE_OUTRE_MER";
            };
            collectivites.add(host(collectivites.size(), kind, f[1], f[2], "", Integer.parseInt(f[3])));
        }
        String[] departements = {"01", "02", "03", "07", "08", "09", "11", "12", "16", "19", "22", "24", "27", "36",
            "39", "43", "47", "50", "52", "58", "60", "61", "65", "70", "77", "82", "85", "89", "90", "95"};
        for (int k = collectivites.size(); k < count; k++) {
            String departement = departements[random.nextInt(departements.length)];
            boolean commune = random.nextInt(3) > 0;
            int population = commune ? 5_000 + random.nextInt(120_000) : 30_000 + random.nextInt(250_000);
            String name = (commune ? "Commune fictive n° " : "Communauté d'agglomération fictive n° ") + k;
            collectivites.add(host(k, commune ? "COMMUNE" : "INTERCOMMUNALITE", name, departement, "", population));
        }
        for (String row : OUVERTURE) {
            String[] f = row.split("\\|");
            boolean abroad = f[2].startsWith("@");
            ouverture.add(host(100_000 + ouverture.size(), f[0], f[1], abroad ? "" : f[2],
                    abroad ? f[2].substring(1) : "", 0));
        }
    }

    Host host(int index, String kind, String name, String departement, String country, int population) {
        boolean french = country.isEmpty();
        String siret = french ? siret() : "";
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new Host(index, kind, name, departement, country, population, siret, slug);
    }

    /**
     * An invented SIRET number: a SIREN starting with 2 (public bodies) and its Luhn key, then a NIC keyed so
     * that the 14 digits pass Luhn.
     */
    String siret() {
        StringBuilder siren = new StringBuilder("2");
        for (int i = 0; i < 7; i++) {
            siren.append(random.nextInt(10));
        }
        siren.append(luhnKey(siren));
        StringBuilder siret = new StringBuilder(siren);
        for (int i = 0; i < 4; i++) {
            siret.append(random.nextInt(10));
        }
        return siret.append(luhnKey(siret)).toString();
    }

    /** The digit that makes the digits given, followed by it, pass the Luhn check. */
    static int luhnKey(CharSequence digits) {
        int sum = 0;
        for (int i = digits.length() - 1, position = 1; i >= 0; i--, position++) {
            int d = digits.charAt(i) - '0';
            if (position % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static List<Host> large(List<Host> hosts) {
        return hosts.stream().filter(h -> h.population() > PROJECT_POPULATION_ABOVE).toList();
    }

    static final Set<String> LIBRARIES = Set.of("COMMUNE", "INTERCOMMUNALITE", "DEPARTEMENT");

    void makeObservationOffers(int count, int n, int conservateurs) {
        int libraries = Math.round(count * (float) conservateurs / n);
        for (int i = 0; i < count; i++) {
            String reference = String.format(Locale.ROOT, "OBS-%d-%03d", COHORT, i + 1);
            LocalDate submitted = LocalDate.of(2025, 9, 15).plusDays(random.nextInt(71));
            if (i < libraries) {
                Host host = pick(collectivites.stream().filter(h -> LIBRARIES.contains(h.kind())).toList());
                String library = switch (host.kind()) {
                    case "COMMUNE" -> "la médiathèque municipale";
                    case "INTERCOMMUNALITE" -> "du réseau des médiathèques";
                    default -> "la médiathèque départementale";
                };
                offers.add(offer(reference, host, "OBSERVATION", List.of(CTB), submitted,
                        "Observation auprès de la direction " + (library.startsWith("du") ? library : "de " + library),
                        "Découverte de la direction d'un établissement de lecture publique, puis une semaine dans un"
                                + " service de proximité.", "DIRECTEUR_ETABLISSEMENT"));
            } else {
                Host host = pick(collectivites);
                int draw = random.nextInt(100);
                List<String> corps = draw < 45 ? List.of(ADM) : draw < 80 ? List.of(ADM, ICT) : List.of(ICT);
                offers.add(offer(reference, host, "OBSERVATION", corps, submitted,
                        "Observation auprès du ou de la DGS",
                        "Deux ou trois semaines auprès de la direction générale des services, puis une semaine dans"
                                + " un service de proximité.", "DGS"));
            }
        }
    }

    void makeOffers(String prefix, String type, int count, List<Host> hosts, LocalDate from, LocalDate to,
            double several) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        for (int i = 0; i < count; i++) {
            String reference = String.format(Locale.ROOT, "%s-%d-%03d", prefix, COHORT, i + 1);
            LocalDate submitted = from.plusDays(random.nextInt(days));
            Host host = pick(hosts);
            List<String> corps;
            String title;
            String description;
            switch (type) {
                case "THEMATIQUE" -> {
                    int draw = random.nextInt(100);
                    corps = draw < 65 ? List.of(ADM) : draw < 80 ? List.of(CTB) : List.of(ADM, CTB);
                    title = "Analyse d'une politique publique : " + TOPICS[random.nextInt(TOPICS.length)];
                    description = "Un travail d'analyse pour la collectivité, restitué à la direction générale.";
                }
                case "PROJET_COLLECTIF" -> {
                    corps = List.of(ADM, CTB, ICT);
                    title = "Projet collectif : " + TOPICS[random.nextInt(TOPICS.length)];
                    description = "Une équipe de quatre élèves de plusieurs cadres d'emplois mène une mission de"
                            + " conseil pour la collectivité.";
                }
                case "PERFECTIONNEMENT" -> {
                    corps = List.of(ICT);
                    title = "Perfectionnement : " + TOPICS_TECH[random.nextInt(TOPICS_TECH.length)];
                    description = "Une mission d'encadrement auprès de la direction générale des services"
                            + " techniques.";
                }
                case "OUVERTURE" -> {
                    int draw = random.nextInt(100);
                    corps = draw < 70 ? List.of(ADM) : draw < 85 ? List.of(CTB) : List.of(ADM, CTB);
                    title = "Stage d'ouverture : " + TOPICS[random.nextInt(TOPICS.length)];
                    description = "Découvrir un autre environnement de travail que la collectivité.";
                }
                default -> {
                    int draw = random.nextInt(100);
                    corps = draw < 70 ? List.of(ADM) : draw < 85 ? List.of(CTB) : List.of(ADM, CTB);
                    title = "Professionnalisation : " + TOPICS[random.nextInt(TOPICS.length)];
                    description = "Une mission de direction confiée à l'élève en fin de scolarité.";
                }
            }
            Offer offer = offer(reference, host, type, corps, submitted, title, description, "");
            offers.add(several > 0 && random.nextDouble() < several
                    ? new Offer(offer.reference(), host, type, corps, 2 + (type.equals("PROJET_COLLECTIF") ? 0
                            : random.nextInt(2)), submitted, title, description, "", offer.siret())
                    : offer);
        }
    }

    static final String[] TOPICS = {"transition écologique", "politique de la ville", "lecture publique",
        "attractivité du territoire", "ressources humaines", "finances locales", "mobilités", "cohésion sociale",
        "numérique et données", "santé publique", "action culturelle", "jeunesse et éducation", "habitat",
        "commande publique", "participation citoyenne", "protection de l'enfance"};
    static final String[] TOPICS_TECH = {"patrimoine bâti", "voirie et réseaux", "eau et assainissement",
        "gestion des déchets", "rénovation énergétique", "systèmes d'information", "aménagement urbain"};

    Offer offer(String reference, Host host, String type, List<String> corps, LocalDate submitted, String title,
            String description, String supervisor) {
        int draw = random.nextInt(100);
        int places = type.equals("OBSERVATION") ? (draw < 75 ? 1 : draw < 93 ? 2 : 3) : 1;
        boolean siret = !host.siret().isEmpty() && random.nextInt(10) < 6;
        return new Offer(reference, host, type, corps, places, submitted, title, description, supervisor, siret);
    }

    /** Larger hosts offer more: a host is drawn with a weight growing with the logarithm of its population. */
    Host pick(List<Host> hosts) {
        double total = 0;
        for (Host h : hosts) {
            total += weight(h);
        }
        double x = random.nextDouble() * total;
        for (Host h : hosts) {
            x -= weight(h);
            if (x <= 0) {
                return h;
            }
        }
        return hosts.get(hosts.size() - 1);
    }

    static double weight(Host host) {
        return host.population() <= 0 ? 1 : StrictMath.log10(host.population()) - 3;
    }

    /**
     * Five ranked wishes per trainee concerned, by a skewed popularity; a third keep a host of their history
     * among them.
     */
    List<List<Offer>> wishes(String type, List<Set<Integer>> history, Predicate<Trainee> concerned) {
        List<Offer> ofType = offers.stream().filter(o -> o.type().equals(type)).toList();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < ofType.size(); j++) {
            order.add(j);
        }
        Collections.shuffle(order, random);
        double[] popularity = new double[ofType.size()];
        for (int j = 0; j < ofType.size(); j++) {
            popularity[order.get(j)] = 1 / StrictMath.pow(j + 1, 0.8);
        }
        // A third of the trainees concerned, drawn among those with a host of their history offering this type.
        List<Integer> candidates = new ArrayList<>();
        int concernedCount = 0;
        for (int t = 0; t < trainees.size(); t++) {
            Trainee trainee = trainees.get(t);
            if (concerned.test(trainee)) {
                concernedCount++;
                Set<Integer> had = history.get(t);
                if (ofType.stream().anyMatch(o -> had.contains(o.host().index())
                        && o.corps().contains(trainee.corps()))) {
                    candidates.add(t);
                }
            }
        }
        Collections.shuffle(candidates, random);
        int third = Math.min(candidates.size(), concernedCount / 3);
        Set<Integer> keepHistory = new HashSet<>(candidates.subList(0, third));
        List<List<Offer>> all = new ArrayList<>();
        for (int t = 0; t < trainees.size(); t++) {
            Trainee trainee = trainees.get(t);
            List<Offer> chosen = new ArrayList<>();
            all.add(chosen);
            if (!concerned.test(trainee)) {
                continue;
            }
            Set<Integer> had = history.get(t);
            boolean keepsHistory = keepHistory.contains(t);
            List<Integer> open = new ArrayList<>();
            List<Integer> former = new ArrayList<>();
            for (int j = 0; j < ofType.size(); j++) {
                Offer o = ofType.get(j);
                if (o.corps().contains(trainee.corps())) {
                    (had.contains(o.host().index()) ? former : open).add(j);
                }
            }
            List<Integer> picked = new ArrayList<>();
            int size = Math.min(5, open.size() + (keepsHistory && !former.isEmpty() ? 1 : 0));
            if (keepsHistory && !former.isEmpty()) {
                picked.add(former.get(random.nextInt(former.size())));
            }
            while (picked.size() < size) {
                int j = pick(open, popularity);
                if (!picked.contains(j)) {
                    picked.add(j);
                }
            }
            if (!picked.isEmpty() && keepsHistory) {
                Collections.swap(picked, 0, random.nextInt(picked.size()));
            }
            for (int j : picked) {
                chosen.add(ofType.get(j));
            }
        }
        return all;
    }

    int pick(List<Integer> open, double[] popularity) {
        double sum = 0;
        for (int j : open) {
            sum += popularity[j];
        }
        double x = random.nextDouble() * sum;
        for (int j : open) {
            x -= popularity[j];
            if (x <= 0) {
                return j;
            }
        }
        return open.get(open.size() - 1);
    }

    /**
     * The coordinator's placements: trainees in a random order, each taking their best wish still free, else
     * the first free offer open to them; never a host met before.
     */
    List<Offer> serialOrder(String type, List<List<Offer>> wishes, List<Set<Integer>> history) {
        List<Offer> ofType = offers.stream().filter(o -> o.type().equals(type)).toList();
        java.util.Map<String, Integer> free = new java.util.HashMap<>();
        for (Offer o : ofType) {
            free.put(o.reference(), o.places());
        }
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < trainees.size(); t++) {
            order.add(t);
        }
        Collections.shuffle(order, random);
        Offer[] placed = new Offer[trainees.size()];
        for (int t : order) {
            if (wishes.get(t).isEmpty()) {
                continue;
            }
            Predicate<Offer> possible = o -> free.get(o.reference()) > 0 && !history.get(t).contains(o.host().index())
                    && o.corps().contains(trainees.get(t).corps());
            Offer given = wishes.get(t).stream().filter(possible).findFirst()
                    .orElseGet(() -> ofType.stream().filter(possible).findFirst().orElse(null));
            if (given != null) {
                free.merge(given.reference(), -1, Integer::sum);
                placed[t] = given;
            }
        }
        return java.util.Arrays.asList(placed);
    }

    static void remember(List<Offer> placed, List<Set<Integer>> history) {
        for (int t = 0; t < placed.size(); t++) {
            if (placed.get(t) != null) {
                history.get(t).add(placed.get(t).host().index());
            }
        }
    }

    static Writer open(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }

    void writeTrainees(Path file) throws IOException {
        try (Writer out = open(file)) {
            out.write("Identifiant;Nom;Prénom;Cadre d'emplois;Promotion;Courriel\r\n");
            for (Trainee t : trainees) {
                String email = ascii(t.given()) + "." + ascii(t.family()) + "." + t.id().substring(6) + "@example.org";
                out.write(t.id() + ";" + t.family() + ";" + t.given() + ";" + t.corps() + ";" + COHORT + ";" + email
                        + "\r\n");
            }
        }
    }

    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    void writeOffers(Path file) throws IOException {
        try (Writer out = open(file)) {
            out.write("Référence;Structure d'accueil;Type de structure;Population;Département;Pays;SIRET;"
                    + "Type de stage;Cadre d'emplois;Promotion;Premier jour;Dernier jour;Date de dépôt;Intitulé;"
                    + "Description;Courriel;Encadrement;Participation financière;Places\r\n");
            for (Offer o : offers) {
                Host h = o.host();
                out.write(String.join(";", o.reference(), h.name(), h.kind(),
                        h.population() > 0 ? String.valueOf(h.population()) : "", h.departement(), h.country(),
                        o.siret() ? h.siret() : "", o.type(), String.join(", ", o.corps()), String.valueOf(COHORT),
                        "", "", o.submitted().format(FRENCH), o.title(), o.description(), "stages." + h.slug() + "@example.org",
                        o.supervisor(), o.type().equals("PROJET_COLLECTIF") ? PROJECT_CONTRIBUTION : "",
                        o.places() == 1 ? "" : String.valueOf(o.places())) + "\r\n");
            }
        }
    }

    void writeWishes(Path file, List<List<Offer>> wishes) throws IOException {
        try (Writer out = open(file)) {
            out.write("Élève;Offre;Rang\r\n");
            for (int t = 0; t < trainees.size(); t++) {
                List<Offer> chosen = wishes.get(t);
                for (int r = 0; r < chosen.size(); r++) {
                    out.write(trainees.get(t).id() + ";" + chosen.get(r).reference() + ";" + (r + 1) + "\r\n");
                }
            }
        }
    }

    void writePlacements(Path file, List<Offer> placed, String type) throws IOException {
        try (Writer out = open(file)) {
            out.write("Élève;Offre;Type de stage\r\n");
            for (int t = 0; t < trainees.size(); t++) {
                if (placed.get(t) != null) {
                    out.write(trainees.get(t).id() + ";" + placed.get(t).reference() + ";" + type + "\r\n");
                }
            }
        }
    }
}
