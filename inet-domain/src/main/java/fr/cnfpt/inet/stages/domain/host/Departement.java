package fr.cnfpt.inet.stages.domain.host;

import static fr.cnfpt.inet.stages.domain.host.Region.AUVERGNE_RHONE_ALPES;
import static fr.cnfpt.inet.stages.domain.host.Region.BOURGOGNE_FRANCHE_COMTE;
import static fr.cnfpt.inet.stages.domain.host.Region.BRETAGNE;
import static fr.cnfpt.inet.stages.domain.host.Region.CENTRE_VAL_DE_LOIRE;
import static fr.cnfpt.inet.stages.domain.host.Region.CORSE;
import static fr.cnfpt.inet.stages.domain.host.Region.GRAND_EST;
import static fr.cnfpt.inet.stages.domain.host.Region.HAUTS_DE_FRANCE;
import static fr.cnfpt.inet.stages.domain.host.Region.ILE_DE_FRANCE;
import static fr.cnfpt.inet.stages.domain.host.Region.NORMANDIE;
import static fr.cnfpt.inet.stages.domain.host.Region.NOUVELLE_AQUITAINE;
import static fr.cnfpt.inet.stages.domain.host.Region.OCCITANIE;
import static fr.cnfpt.inet.stages.domain.host.Region.PAYS_DE_LA_LOIRE;
import static fr.cnfpt.inet.stages.domain.host.Region.PROVENCE_ALPES_COTE_D_AZUR;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A French département, or an overseas collectivity, by its INSEE code ("67", "2A", "971"): where a
 * host in France is. Each département belongs to one of the 18 {@link Region regions}; the six
 * overseas collectivities with an INSEE code (975, 977, 978, 986, 987, 988) belong to none.
 * <p>
 * The three départements of Alsace-Moselle (57, 67, 68) keep two extra public holidays, Good Friday
 * and 26 December: INET itself is in Strasbourg, Bas-Rhin (67).
 * This class is immutable and thread-safe.
 */
public final class Departement {

    private static final Map<String, Departement> BY_CODE = new LinkedHashMap<>();

    static {
        metropole(AUVERGNE_RHONE_ALPES, "01 Ain", "03 Allier", "07 Ardèche", "15 Cantal", "26 Drôme", "38 Isère", "42 Loire",
                "43 Haute-Loire", "63 Puy-de-Dôme", "69 Rhône", "73 Savoie", "74 Haute-Savoie");
        metropole(HAUTS_DE_FRANCE, "02 Aisne", "59 Nord", "60 Oise", "62 Pas-de-Calais", "80 Somme");
        metropole(PROVENCE_ALPES_COTE_D_AZUR, "04 Alpes-de-Haute-Provence", "05 Hautes-Alpes", "06 Alpes-Maritimes",
                "13 Bouches-du-Rhône", "83 Var", "84 Vaucluse");
        metropole(GRAND_EST, "08 Ardennes", "10 Aube", "51 Marne", "52 Haute-Marne", "54 Meurthe-et-Moselle", "55 Meuse",
                "57 Moselle", "67 Bas-Rhin", "68 Haut-Rhin", "88 Vosges");
        metropole(OCCITANIE, "09 Ariège", "11 Aude", "12 Aveyron", "30 Gard", "31 Haute-Garonne", "32 Gers", "34 Hérault",
                "46 Lot", "48 Lozère", "65 Hautes-Pyrénées", "66 Pyrénées-Orientales", "81 Tarn", "82 Tarn-et-Garonne");
        metropole(NORMANDIE, "14 Calvados", "27 Eure", "50 Manche", "61 Orne", "76 Seine-Maritime");
        metropole(NOUVELLE_AQUITAINE, "16 Charente", "17 Charente-Maritime", "19 Corrèze", "23 Creuse", "24 Dordogne",
                "33 Gironde", "40 Landes", "47 Lot-et-Garonne", "64 Pyrénées-Atlantiques", "79 Deux-Sèvres", "86 Vienne",
                "87 Haute-Vienne");
        metropole(CENTRE_VAL_DE_LOIRE, "18 Cher", "28 Eure-et-Loir", "36 Indre", "37 Indre-et-Loire", "41 Loir-et-Cher",
                "45 Loiret");
        metropole(CORSE, "2A Corse-du-Sud", "2B Haute-Corse");
        metropole(BOURGOGNE_FRANCHE_COMTE, "21 Côte-d'Or", "25 Doubs", "39 Jura", "58 Nièvre", "70 Haute-Saône",
                "71 Saône-et-Loire", "89 Yonne", "90 Territoire de Belfort");
        metropole(BRETAGNE, "22 Côtes-d'Armor", "29 Finistère", "35 Ille-et-Vilaine", "56 Morbihan");
        metropole(PAYS_DE_LA_LOIRE, "44 Loire-Atlantique", "49 Maine-et-Loire", "53 Mayenne", "72 Sarthe", "85 Vendée");
        metropole(ILE_DE_FRANCE, "75 Paris", "77 Seine-et-Marne", "78 Yvelines", "91 Essonne", "92 Hauts-de-Seine",
                "93 Seine-Saint-Denis", "94 Val-de-Marne", "95 Val-d'Oise");
        overseas("971", "Guadeloupe", Region.GUADELOUPE);
        overseas("972", "Martinique", Region.MARTINIQUE);
        overseas("973", "Guyane", Region.GUYANE);
        overseas("974", "La Réunion", Region.LA_REUNION);
        overseas("976", "Mayotte", Region.MAYOTTE);
        overseas("975", "Saint-Pierre-et-Miquelon", null);
        overseas("977", "Saint-Barthélemy", null);
        overseas("978", "Saint-Martin", null);
        overseas("986", "Wallis-et-Futuna", null);
        overseas("987", "Polynésie française", null);
        overseas("988", "Nouvelle-Calédonie", null);
    }

    private static final List<Departement> ALL = sorted();

    private final String code;
    private final String name;
    private final Region region;

    private Departement(String code, String name, Region region) {
        this.code = code;
        this.name = name;
        this.region = region;
    }

    private static void metropole(Region region, String... entries) {
        for (String entry : entries) {
            String code = entry.substring(0, 2);
            BY_CODE.put(code, new Departement(code, entry.substring(3), region));
        }
    }

    private static void overseas(String code, String name, Region region) {
        BY_CODE.put(code, new Departement(code, name, region));
    }

    private static List<Departement> sorted() {
        List<Departement> all = new ArrayList<>(BY_CODE.values());
        all.sort((a, b) -> sortKey(a.code).compareTo(sortKey(b.code)));
        return Collections.unmodifiableList(all);
    }

    /** Corsica's 2A and 2B sort where the old code 20 was, between 19 and 21. */
    private static String sortKey(String code) {
        return code.length() == 3 ? code : code.replace("2A", "20A").replace("2B", "20B");
    }

    /**
     * Finds a département by its INSEE code: trimmed, in any case ("2a"), with a single digit padded
     * ("1" is "01").
     *
     * @param code  the code, not null
     * @return the département, or empty if no département has that code
     */
    public static Optional<Departement> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normal = code.trim().toUpperCase(Locale.ROOT);
        if (normal.matches("[1-9]")) {
            normal = "0" + normal;
        }
        return Optional.ofNullable(BY_CODE.get(normal));
    }

    /**
     * Obtains a département by its INSEE code.
     *
     * @param code  the code, such as {@code "67"}, {@code "2A"} or {@code "971"}, not null
     * @return the département, not null
     * @throws DomainException if no département has that code
     */
    public static Departement of(String code) {
        return fromCode(code).orElseThrow(() -> new DomainException("unknown département code '" + code
                + "': expected an INSEE code from 01 to 95 (2A and 2B for Corsica, no 20) or an overseas code"
                + " (971 to 978, 986 to 988)"));
    }

    /**
     * Lists every département and overseas collectivity, in code order (01 … 19, 2A, 2B, 21 … 95, 971 … 988).
     *
     * @return the départements, not null
     */
    public static List<Departement> all() {
        return ALL;
    }

    /** @return the INSEE code, such as {@code "67"}, not null */
    public String code() {
        return code;
    }

    /** @return the official name, such as "Bas-Rhin", not null */
    public String name() {
        return name;
    }

    /** @return the region, empty for the six overseas collectivities that belong to none */
    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /** @return true for the overseas départements and collectivities (codes 971 to 988) */
    public boolean isOverseas() {
        return code.length() == 3;
    }

    /** @return true for the six overseas collectivities, which belong to no region */
    public boolean isCollectiviteOutreMer() {
        return region == null;
    }

    /** @return true for Moselle (57), Bas-Rhin (67) and Haut-Rhin (68), which keep Good Friday and 26 December */
    public boolean isAlsaceMoselle() {
        return code.equals("57") || code.equals("67") || code.equals("68");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Departement that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the INSEE code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
