package fr.cnfpt.inet.stages.importer.columns;

import static fr.cnfpt.inet.stages.importer.columns.ColumnType.AMOUNT;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.CODE;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.CODES;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.COHORT;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.COUNTRY;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.DATE;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.DEPARTEMENT;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.EMAIL;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.INTEGER;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.SIRET;
import static fr.cnfpt.inet.stages.importer.columns.ColumnType.TEXT;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of each kind of import file, in the order of the normalised dataset. The single
 * source of {@code docs/formats.md}'s tables (a test keeps them in step).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RecordColumns {

    /** The host's name: required in an offer, one way to name an excluded host. */
    private static final Column HOST_NAME = column("hostName", true, TEXT, "Nom de la structure d'accueil",
            "The host organisation's name", "Structure d'accueil", "Collectivité", "Nom de la structure", "Organisme",
            "Host", "Host name", "Organisation", "Organization");
    /** Where a host in France is: one home for the offers and the exclusions. */
    private static final Column DEPARTEMENT_COLUMN = column("departement", false, DEPARTEMENT,
            "Département (code INSEE), pour une structure en France", "Département (INSEE code), for a host in France",
            "Département", "Code département", "Dépt", "Department", "Departement code");
    /** Where a host abroad is. */
    private static final Column COUNTRY_COLUMN = column("country", false, COUNTRY,
            "Pays (code ISO), pour une structure à l'étranger", "Country (ISO code), for a host abroad", "Pays",
            "Code pays", "Country", "Country code");
    /** The host's SIRET number: its identity when given. */
    private static final Column SIRET_COLUMN = column("siret", false, SIRET,
            "Numéro SIRET de la structure : son identité pour le planificateur",
            "The host's SIRET number: its identity for the planner", "SIRET", "Numéro SIRET", "N° SIRET",
            "SIRET number");

    static final List<Column> OFFERS = List.of(
            column("reference", true, CODE, "Référence de l'offre, unique dans le fichier (64 caractères au plus)",
                    "The offer's reference, unique in the file (64 characters at most)",
                    "Référence", "Réf", "Référence de l'offre", "Numéro d'offre", "N° offre", "Reference", "Ref",
                    "Offer reference", "Offer id", "Id"),
            HOST_NAME,
            column("hostKind", true, CODE, "Nature de la structure (COMMUNE, DEPARTEMENT, SERVICE_ETAT…)",
                    "The kind of organisation (COMMUNE, DEPARTEMENT, SERVICE_ETAT…)",
                    "Type de structure", "Nature de la structure", "Catégorie de structure", "Host kind", "Host type",
                    "Kind"),
            column("population", false, INTEGER, "Nombre d'habitants (collectivités ; requis pour un projet collectif)",
                    "Number of inhabitants (local authorities; needed for a collective project)",
                    "Population", "Nombre d'habitants", "Habitants", "Inhabitants"),
            DEPARTEMENT_COLUMN, COUNTRY_COLUMN, SIRET_COLUMN,
            column("type", true, CODE, "Type de stage (OBSERVATION, THEMATIQUE, PROJET_COLLECTIF…)",
                    "Internship type (OBSERVATION, THEMATIQUE, PROJET_COLLECTIF…)",
                    "Type de stage", "Stage", "Internship type", "Internship"),
            column("corps", true, CODES, "Cadre(s) d'emplois auxquels l'offre est ouverte",
                    "The corps the offer is open to", "Cadre d'emplois", "Cadres d'emplois", "Corps", "Élèves"),
            column("cohort", true, COHORT, "Promotion (année de début de scolarité) ; peut venir de --cohort",
                    "Cohort (year the schooling starts); may come from --cohort",
                    "Promotion", "Cohorte", "Année de scolarité", "Cohort", "Class"),
            column("firstDay", false, DATE, "Premier jour du stage (par défaut : la période du stage)",
                    "First day (default: the internship's period)",
                    "Premier jour", "Date de début", "Début", "Du", "First day", "Start date", "Start"),
            column("lastDay", false, DATE, "Dernier jour du stage (par défaut : la période du stage)",
                    "Last day (default: the internship's period)",
                    "Dernier jour", "Date de fin", "Fin", "Au", "Last day", "End date", "End"),
            column("submitted", true, DATE, "Date de dépôt de l'offre", "The date the offer was submitted",
                    "Date de dépôt", "Dépôt", "Date de soumission", "Submitted", "Submission date", "Date submitted"),
            column("title", true, TEXT, "Intitulé de la mission", "The mission's title",
                    "Intitulé", "Intitulé de la mission", "Titre", "Mission", "Title"),
            column("description", false, TEXT, "Description de la mission", "The mission's description",
                    "Description", "Descriptif", "Description de la mission"),
            column("contact", true, EMAIL, "Adresse électronique du contact", "The contact's e-mail address",
                    "Courriel", "Courriel du contact", "Contact", "Mél", "E-mail", "Email", "Contact e-mail"),
            column("supervisor", false, CODE, "Encadrement (DGS, DGA, DIRECTEUR_ETABLISSEMENT…)",
                    "Supervisor (DGS, DGA, DIRECTEUR_ETABLISSEMENT…)", "Encadrement", "Encadrant", "Maître de stage",
                    "Supervisor"),
            column("contribution", false, AMOUNT, "Participation financière (projet collectif : le forfait de l'édition)",
                    "Financial contribution (collective project: the edition's flat amount)", "Participation financière",
                    "Contribution", "Montant", "Amount"),
            column("places", false, INTEGER, "Nombre de places (1 si vide ; projet collectif : une place est une équipe)",
                    "Number of places (1 if empty; collective project: one place is one team)",
                    "Places", "Nombre de places", "Number of places"));

    static final List<Column> TRAINEES = List.of(
            column("id", true, CODE, "Identifiant de l'élève (64 caractères au plus)",
                    "The trainee's id (64 characters at most)", "Identifiant", "Matricule", "N° élève", "Id",
                    "Trainee id", "Trainee"),
            column("corps", true, CODE, "Cadre d'emplois de l'élève", "The trainee's corps",
                    "Cadre d'emplois", "Corps"),
            column("cohort", true, COHORT, "Promotion ; peut venir de --cohort", "Cohort; may come from --cohort",
                    "Promotion", "Cohorte", "Cohort", "Class"),
            personal("givenName", TEXT, "Prénom (donnée personnelle, jamais publiée)",
                    "Given name (personal data, never published)", "Prénom", "Given name", "First name"),
            personal("familyName", TEXT, "Nom (donnée personnelle, jamais publiée)",
                    "Family name (personal data, never published)", "Nom", "Nom de famille", "Family name",
                    "Last name", "Surname"),
            personal("email", EMAIL, "Courriel de l'élève (donnée personnelle)", "The trainee's e-mail (personal data)",
                    "Courriel", "Mél", "E-mail", "Email"));

    static final List<Column> PLACEMENTS = List.of(
            column("trainee", true, CODE, "Identifiant de l'élève placé", "The id of the trainee placed",
                    "Élève", "Identifiant de l'élève", "Matricule", "Trainee", "Trainee id"),
            column("offer", true, CODE, "Référence de l'offre", "The offer's reference",
                    "Offre", "Référence de l'offre", "Référence", "Offer", "Offer reference", "Reference"),
            column("type", true, CODE, "Type de stage", "Internship type", "Type de stage", "Stage",
                    "Internship type", "Internship"),
            column("team", false, INTEGER, "Numéro de l'équipe sur l'offre (projet collectif : 1 au nombre de places)",
                    "The team's number on the offer (collective project: 1 to the number of places)",
                    "Équipe", "N° d'équipe", "Numéro d'équipe", "Team", "Team number"));

    static final List<Column> WISHES = List.of(
            column("trainee", true, CODE, "Identifiant de l'élève qui émet le vœu", "The id of the trainee who wishes",
                    "Élève", "Identifiant de l'élève", "Matricule", "Trainee", "Trainee id"),
            column("offer", true, CODE, "Référence de l'offre demandée", "The reference of the offer wished for",
                    "Offre", "Référence de l'offre", "Référence", "Offer", "Offer reference", "Reference"),
            column("rank", true, INTEGER, "Rang du vœu : 1 pour le premier choix", "The wish's rank: 1 for the first choice",
                    "Rang", "Rang du vœu", "Choix", "Rank", "Preference"));

    static final List<Column> EXCLUSIONS = List.of(
            column("trainee", true, CODE, "Identifiant de l'élève à qui la structure est exclue",
                    "The id of the trainee the host is excluded for",
                    "Élève", "Identifiant de l'élève", "Matricule", "Trainee", "Trainee id"),
            optional(HOST_NAME), DEPARTEMENT_COLUMN, COUNTRY_COLUMN, SIRET_COLUMN);

    private RecordColumns() {
    }

    /**
     * Lists the columns of a kind of file.
     *
     * @param kind  the kind, not null
     * @return the columns, in the dataset's order, not null
     */
    public static List<Column> of(RecordKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case OFFERS -> OFFERS;
            case TRAINEES -> TRAINEES;
            case PLACEMENTS -> PLACEMENTS;
            case WISHES -> WISHES;
            case EXCLUSIONS -> EXCLUSIONS;
        };
    }

    /**
     * Finds the column a header names.
     *
     * @param kind  the kind of file, not null
     * @param header  the header as written, not null
     * @return the column, or empty if the header names none
     */
    public static Optional<Column> find(RecordKind kind, String header) {
        return of(kind).stream().filter(c -> c.isNamed(header)).findFirst();
    }

    private static Column column(String field, boolean required, ColumnType type, String fr, String en,
            String... names) {
        return new Column(field, List.of(names), type, required, LocalizedText.of(fr, en), false);
    }

    /** The same column, not required: the exclusions name a host by its SIRET number or by its name. */
    private static Column optional(Column column) {
        return new Column(column.field(), column.names(), column.type(), false, column.description(),
                column.personal());
    }

    private static Column personal(String field, ColumnType type, String fr, String en, String... names) {
        return new Column(field, List.of(names), type, false, LocalizedText.of(fr, en), true);
    }
}
