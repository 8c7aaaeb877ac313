package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.text.Codes;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of organisation that hosts an internship.
 * <p>
 * The brochure places most internships "en collectivité" (local authorities); the stage d'ouverture
 * lists other structures: "associations, services de l'État, collectivités européennes,
 * collectivités d'outre-mer, établissements particuliers, secteur privé", public companies,
 * cultural institutions, unions and hospitals. The English overview adds foreign institutions and
 * international organisations.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum HostKind {
    /** A commune (municipality). */
    COMMUNE(Category.COLLECTIVITE, "commune", "municipality"),
    /** An intercommunal authority: communauté, métropole (EPCI). */
    INTERCOMMUNALITE(Category.COLLECTIVITE, "intercommunalité (EPCI, métropole)",
            "inter-municipal authority (EPCI, metropolis)"),
    /** A département, including collectivités with a département's powers. */
    DEPARTEMENT(Category.COLLECTIVITE, "département", "département (county council)"),
    /** A région. */
    REGION(Category.COLLECTIVITE, "région", "region"),
    /** An overseas collectivity ("collectivités d'outre-mer"). */
    COLLECTIVITE_OUTRE_MER(Category.COLLECTIVITE, "collectivité d'outre-mer", "overseas authority"),
    /** A local public body: CCAS, SDIS, syndicat mixte, office public… */
    ETABLISSEMENT_PUBLIC_LOCAL(Category.LOCAL_PUBLIC_BODY, "établissement public local (CCAS, SDIS, syndicat mixte…)",
            "local public body (social action centre, fire service, joint authority…)"),
    /** A State service: préfecture, chambre régionale des comptes, DRAC, university, ANCT… */
    SERVICE_ETAT(Category.OTHER_STRUCTURE, "service de l'État", "State service"),
    /** Another public establishment ("établissements particuliers"). */
    ETABLISSEMENT_PUBLIC(Category.OTHER_STRUCTURE, "établissement public", "public body"),
    /** A public company: Caisse des Dépôts, Groupe La Poste, SNCF… */
    ENTREPRISE_PUBLIQUE(Category.OTHER_STRUCTURE, "entreprise publique", "public company"),
    /** A cultural institution: Château de Versailles, BnF, Bpi, Musée du Louvre… */
    ETABLISSEMENT_CULTUREL(Category.OTHER_STRUCTURE, "établissement culturel", "cultural institution"),
    /** The private sector: companies, consultancies, start-up incubators… */
    SECTEUR_PRIVE(Category.OTHER_STRUCTURE, "secteur privé", "private sector"),
    /** An association (the non-profit sector). */
    ASSOCIATION(Category.OTHER_STRUCTURE, "association", "association (non-profit)"),
    /** A trade union or employers' organisation ("syndicats"). */
    SYNDICAT(Category.OTHER_STRUCTURE, "syndicat", "union"),
    /** A hospital. */
    HOPITAL(Category.OTHER_STRUCTURE, "hôpital", "hospital"),
    /** A local or regional authority of another European country ("collectivités européennes"). */
    COLLECTIVITE_EUROPEENNE(Category.FOREIGN, "collectivité européenne", "European local or regional authority"),
    /** A foreign institution (English overview: "a foreign institution"). */
    INSTITUTION_ETRANGERE(Category.FOREIGN, "institution étrangère", "foreign institution"),
    /** An international organisation (English overview). */
    ORGANISATION_INTERNATIONALE(Category.FOREIGN, "organisation internationale", "international organisation"),
    /** Any other kind of organisation. */
    AUTRE(Category.UNLISTED, "autre structure", "other organisation");

    /** The families of host kinds the rules reason about. */
    private enum Category {
        COLLECTIVITE, LOCAL_PUBLIC_BODY, OTHER_STRUCTURE, FOREIGN, UNLISTED
    }

    private final Category category;
    private final LocalizedText label;

    HostKind(Category category, String fr, String en) {
        this.category = category;
        this.label = LocalizedText.of(fr, en);
    }

    /**
     * Returns the kind's name.
     *
     * @return the name in French and English, not null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Returns the stable code, such as {@code COMMUNE}.
     *
     * @return the code, not null
     */
    public String code() {
        return name();
    }

    /**
     * Checks whether this kind is a French local authority ("collectivité territoriale"): commune,
     * intercommunalité, département, région or overseas collectivity. The library reads
     * intercommunalités as collectivités, as the brochure and the overview do ("metropolitan areas").
     *
     * @return true for a French local authority
     */
    public boolean isCollectivite() {
        return category == Category.COLLECTIVITE;
    }

    /**
     * Checks whether this kind is one the brochure lists for the stage d'ouverture: any structure
     * other than a metropolitan local authority or local public body (which the trainee already
     * knows), including overseas and European authorities.
     *
     * @return true if the brochure's ouverture list names this kind
     */
    public boolean isListedForOuverture() {
        return this == COLLECTIVITE_OUTRE_MER || category == Category.OTHER_STRUCTURE || category == Category.FOREIGN;
    }

    /**
     * Checks whether an organisation of this kind is by nature foreign.
     *
     * @return true for foreign kinds
     */
    public boolean isForeign() {
        return category == Category.FOREIGN;
    }

    /**
     * Checks whether an organisation of this kind must be located in a French département or
     * overseas territory.
     *
     * @return true for French local authorities and local public bodies
     */
    public boolean isFrenchByNature() {
        return category == Category.COLLECTIVITE || category == Category.LOCAL_PUBLIC_BODY;
    }

    /**
     * Finds a kind from its code as typed ({@code COMMUNE}, {@code service-etat}).
     *
     * @param typed  the code, not null
     * @return the kind, or empty if no kind has that code
     */
    public static Optional<HostKind> fromCode(String typed) {
        Objects.requireNonNull(typed, "typed");
        String code = Codes.normalize(typed);
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }

    /**
     * Lists the accepted codes, for error messages.
     *
     * @return the codes separated by commas, not null
     */
    public static String acceptedCodes() {
        return Arrays.stream(values()).map(HostKind::code).collect(Collectors.joining(", "));
    }
}
