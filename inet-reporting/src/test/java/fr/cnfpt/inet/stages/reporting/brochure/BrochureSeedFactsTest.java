package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 2026-2027 brochure prints every fact of its sources: the French brochure
 * ({@code shared/seeds/accueillir-un-eleve-en-stage-2026-2027-fr.txt}) in the French edition, INET's
 * English overview ({@code inet-overview-en.txt}) and the translations of the French facts in the
 * English edition; in the PDF and in the web page alike. Each fact is quoted from the seed; where the
 * library corrects the seed (the errata of docs/edition-2026-2027.md) the corrected text is expected,
 * and the seed's form must be gone. Texts are compared {@linkplain RenderedBrochure#normalise
 * normalised}: spaces, apostrophes and ellipses as plain characters.
 */
class BrochureSeedFactsTest {

    /** The two forms of one edition. */
    enum Medium {
        PDF, HTML;

        String text(RenderedBrochure brochure) throws Exception {
            return this == PDF ? brochure.pdfText() : brochure.htmlText();
        }
    }

    /** Every date of the seed, as the calendar of cohort 2026 gives it: the "Durée et période" rows. */
    static final List<String> DATES_FR = List.of(
            "18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)",
            "12 MOIS DE SCOLARITÉ (01/04/2026 – 31/03/2027)",
            "4 semaines du 30 mars au 24 avril 2026", "Dépôt des offres jusqu'au 24 novembre 2025",
            "3 semaines du 1er au 19 juin 2026", "Dépôt des offres jusqu'au 30 janvier 2026",
            "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026",
            "7 semaines du 26 mai au 10 juillet 2026", "Dépôt des offres jusqu'au 16 février 2026",
            "9 semaines du 12 octobre au 18 décembre 2026", "Dépôt des offres jusqu'au 19 juin 2026",
            "4 semaines du 1er au 26 février 2027", "3 semaines du 1er au 19 février 2027",
            "7 semaines du 1er février au 19 mars 2027",
            "13 semaines du 3 mai au 30 juillet 2027",
            // Erratum PROFESSIONNALISATION_WEEKS_CONSERVATEURS: the summary table's "13 semaines (mai - juillet 2027)".
            "11 semaines du 18 mai au 30 juillet 2027");

    /** The durations of the seed's timelines ("Stage d'observation (4 semaines)"). */
    static final List<String> WEEKS_FR = List.of(
            "Stage d'observation (4 semaines)", "Stage d'observation (3 semaines)", "Stage thématique (7 semaines)",
            "Stage d'ouverture (4 semaines)", "Stage d'ouverture (3 semaines)",
            "Stage de professionnalisation (13 semaines)", "Stage de professionnalisation (11 semaines)",
            "Stage de perfectionnement (7 semaines)", "(9 semaines)");

    static final List<String> FIGURES_FR = List.of(
            "Les élèves de l'INET suivent une formation professionnalisante de 12 à 18 mois",
            "Au cours de leur scolarité, ils effectuent 3 à 5 stages en collectivité.",
            "8 parcours de formation", "2 itinéraires transversaux", "Tronc commun à 21 écoles de service public",
            // Erratum TRONC_COMMUN_HOURS_SPACING: "100h de tronc commun".
            "100 h de tronc commun sont intégrées à la scolarité des élèves.",
            "Cette mission, qui mobilise 4 élèves sur 9 semaines, fait l'objet d'un rapport de restitution présenté à la collectivité.",
            "Une participation forfaitaire de 4 000 € est demandée pour contribuer à la couverture des frais de réalisation des projets collectifs",
            "Le projet collectif est un stage réalisé au sein d'une collectivité de plus de 40 000 habitants",
            "ce stage intervient à la fin de leur scolarité de 12 mois à l'INET.",
            "et à trouver un premier emploi A+.",
            "À noter : Les stages des élèves conservateurs et conservatrices territoriaux du patrimoine sont gérés par l'INP (Institut National du Patrimoine), dans le cadre du partenariat avec l'INET.");

    /** "Contact INGRID VIBET Conseillère formation … Tél. : 03 88 15 53 69 | Port. : 06 10 53 03 78", and the back page. */
    static final List<String> CONTACT_FR = List.of(
            "Ingrid VIBET", "Conseillère formation en charge de la coordination des stages",
            // Erratum CONTACT_EMAIL_MISPRINT: the back page's "stages.inet.cnfpt.fr".
            "stages.inet@cnfpt.fr", "Tél. : 03 88 15 53 69", "Port. : 06 10 53 03 78", "Votre contact à l'INET",
            "1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex",
            // Erratum SWITCHBOARD_NUMBER_FORMAT: "0388155264".
            "03 88 15 52 64",
            "inet.cnfpt.fr", "Gardez le fil avec l'INET", "Toutes les infos sont sur inet.cnfpt.fr",
            "S'inscrire à la lettre de l'INET");

    /** The training chapter's lists ("Un double objectif", "Des principes communs à tous les cadres d'emplois"). */
    static final List<String> TRAINING_ITEMS_FR = List.of(
            "Contribuer à la conduite de l'action publique locale aux côtés des élus ;",
            "Piloter et conduire les transitions ;", "Animer et diriger des équipes.",
            "Alternance entre les périodes de formation à l'INET et les mises en situation professionnelle en collectivités (stages, missions collectives...) ;",
            "Acquisition progressive des compétences et responsabilités, favorisant une réflexivité entre les apports théoriques et la réalité d'action sur le terrain ;",
            "Accompagnement individualisé, conseil et orientation pour la construction du projet professionnel.",
            "Approche pédagogique fondée sur l'intelligence collective : études de cas, jeux de rôles, travaux collaboratifs, visites apprenantes, co-conception de modules de formation ;",
            "Intervenants experts du milieu territorial : cadres supérieurs de collectivités, élus, consultants... ;",
            "Ouverture sur la société : compréhension des grands enjeux et grandes mutations de société, des politiques partenariales...",
            "Croisement et interactions entre les élèves issus des différents cadres d'emplois : temps de scolarité partagés, modules de formation en commun, projets collectifs inter-filières ;");

    /** The list items of each internship type: arrangements, objectives and examples, as the seed lists them. */
    static final List<String> INTERNSHIP_ITEMS_FR = List.of(
            // Stages d'observation, "Modalités"
            "2 ou 3 semaines de découverte au quotidien auprès du ou de la DGS. Ce positionnement doit faciliter une approche stratégique des dossiers et du mode de pilotage de la collectivité. Il doit également permettre à l'élève d'appréhender concrètement les modes de relations entre les élus et l'administration.",
            "1 semaine sur le terrain dans un service de proximité auprès d'un agent de catégorie C ou B, afin d'avoir une appréhension réelle des services rendus aux usagers et du management de terrain mais aussi des contacts avec des équipes opérationnelles.",
            "2 semaines de découverte au quotidien auprès du directeur ou de la directrice d'établissement : ce positionnement doit faciliter une approche globale, stratégique des dossiers et du mode de pilotage de l'établissement. Il doit également permettre à l'élève d'observer les relations avec la direction de la culture, la direction générale et les élus.",
            // Stages thématiques, "Exemples de stages"
            "Diagnostic et élaboration d'un plan de lutte contre l'absentéisme",
            "État des lieux de la politique énergétique et recommandations en vue de l'élaboration d'une stratégie de transition",
            "Contribution à la mise en place d'une démarche de gestion des risques internes",
            "Mise en place d'outils de pilotage pour une DGA",
            "Mutualisation des fonctions support de la Ville et du CCAS : bilan et perspectives",
            "Définition et mise en place d'une offre de service dédiée aux entreprises dans une logique de design de services",
            "Participation à la réflexion d'une nouvelle organisation pour la bibliothèque",
            "Définition d'une politique documentaire à l'échelle du réseau intercommunal des bibliothèques",
            "Diagnostic des publics existants ou potentiels du territoire, s'intéressant aux populations éloignées du livre et de la lecture.",
            "Aide à l'élaboration d'une stratégie partenariale",
            "Préfiguration de services de lecture publique « hors les murs »",
            "Définition d'une stratégie numérique pour une médiathèque départementale",
            // Projets collectifs, "Exemples de missions inter-filières"
            "Fonctionnement des pôles de vie des quartiers de la ville : diagnostic et pistes d'actions",
            "Mutualisation des musées municipaux",
            "Identification des orientations prioritaires pour une démarche de résilience territoriale",
            "Élaboration de la stratégie bas carbone de la collectivité",
            "Proposition d'un processus d'élaboration budgétaire d'une direction financière mutualisée",
            "Réalisation d'une cartographie des métiers concernés par les évolutions induites par l'IA",
            // Stages d'ouverture, "Exemples de structures d'accueil"
            "Services de l'État : Préfectures, Chambres Régionales des Comptes, Universités, Directions Régionales des Affaires Culturelles, Agence nationale de la cohésion des territoires...",
            "Entreprises publiques : Caisse des Dépôts, Groupe La Poste, SNCF",
            "Établissements culturels : Château de Versailles, BNF, BPI, Musée du Louvre, Théâtre National de Strasbourg...",
            "Secteur privé : Agence France Locale, Arte, Vinci, Incubateur de start-ups, cabinets de conseil...",
            "Secteur associatif, syndicats, hôpitaux, collectivités européennes...",
            // Stages de perfectionnement, "Objectifs du stage" and "Exemples de stages"
            "acquérir des compétences dans un domaine nouveau et/ou renforcer une expertise,",
            "favoriser le développement de champs de compétences d'un ingénieur ou d'une ingénieure en chef",
            "Participation à la mise en œuvre d'indicateurs de pilotage des politiques publiques",
            "Appui à l'élaboration du nouveau Plan Climat Air Énergie Territorial",
            "Structuration de la fonction de contrôle de gestion au sein d'un département",
            "Élaboration d'un diagnostic et d'une stratégie de rénovation énergétique des bâtiments",
            "Définition et organisation des modalités de concertation dans le cadre de la procédure de révision du Schéma d'Aménagement Régional",
            // Stages de professionnalisation, "Modalités" and "Exemples de stages"
            "d'une mission de pilotage de projet en lien avec des acteurs impliqués au sein de la collectivité et des partenaires,",
            "d'un renfort managérial, à condition qu'il soit tutoré,",
            "d'un stage de pré-prise de poste, en cas de recrutement.",
            "Participation à l'élaboration de la stratégie de nature en ville et préfiguration de la cité du climat",
            "Élaboration du schéma de mutualisation des services",
            "Structuration d'une feuille de route pour la direction de l'éducation (diagnostic, axes stratégiques et actions prioritaires)",
            "Aide à la réflexion et à l'action sur les enjeux managériaux de la collectivité auprès de la direction générale des services",
            "Préfiguration du label Bibliothèque numérique de référence",
            "Propositions pour un schéma métropolitain de lecture publique",
            "Formalisation d'orientations et de préconisations pour le développement de l'action sociale de la médiathèque",
            "Élaboration d'une stratégie pour l'offre d'accueil de groupes et pour l'action culturelle en direction des adolescents, à l'échelle du réseau des médiathèques");

    /** Where the library corrects the seed: the corrected text (docs/edition-2026-2027.md, "Errata"). */
    static final List<String> ERRATA_FR = List.of(
            // INGENIEURS_INCLUSIVE_FORM and INGENIEURS_FEMININE_FIRST
            "Élèves ingénieurs et ingénieures en chef territoriaux",
            // ETAPE_WITHOUT_ACCENT
            "Étape finale de la professionnalisation individuelle des élèves ingénieurs et ingénieures en chef territoriaux",
            // ELEVE_INCLUSIVE_FORM
            "Accueillir un ou une élève en fin de scolarité, dans une optique de recrutement ou dans le cadre d'une mission stratégique.",
            // SCHOOLING_YEARS_ABBREVIATED
            "Les opportunités de stages au cours de la scolarité 2026-2027");

    /** The seed's forms that the errata replace: none may be printed. */
    static final List<String> SEED_MISPRINTS_FR = List.of(
            "ingénieurs et ingénieurs en chef", "ingénieures et ingénieurs en chef", "Etape finale",
            "stages.inet.cnfpt.fr", "0388155264", "100h", "Accueillir un élève en fin de scolarité");

    @ParameterizedTest
    @EnumSource(Medium.class)
    void frenchEditionPrintsEveryDateOfTheSeedAsTheCalendarGivesItFor2026(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.FR));

        assertThat(text).contains(normalised(DATES_FR)).contains(normalised(WEEKS_FR));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void frenchEditionPrintsEveryFigureContactAndAddressOfTheSeed(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.FR));

        assertThat(text).contains(normalised(FIGURES_FR)).contains(normalised(CONTACT_FR));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void frenchEditionPrintsEveryListItemOfTheSeed(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.FR));

        assertThat(text).contains(normalised(TRAINING_ITEMS_FR)).contains(normalised(INTERNSHIP_ITEMS_FR));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void frenchEditionPrintsTheErrataCorrectedAndNotTheSeedsMisprints(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.FR));

        assertThat(text).contains(normalised(ERRATA_FR));
        assertThat(text).doesNotContain(normalised(SEED_MISPRINTS_FR)).doesNotContainPattern("2026-27\\b");
    }

    /** The English overview: who INET is, with its corrections ("up to 15000 agents" is "up to 15,000 staff"). */
    static final List<String> OVERVIEW_EN = List.of(
            "The National Institute for Local Studies (Institut national des études territoriales, INET)",
            "National Centre for Local Civil Service", "CNFPT", "Strasbourg",
            "Every year, 170 students follow INET's initial training",
            "International Commission on the Accreditation of Public Administration Education and Training Programs (ICAPA)",
            "A foreign institution or an international organisation can host an INET trainee",
            "municipalities of over 40,000 inhabitants", "up to 15,000 staff",
            "trains over one million local civil servants throughout France every year");

    /** The seed's facts in English: dates in words ("4 weeks from 30 March to 24 April 2026"), contact, figures. */
    static final List<String> FACTS_EN = List.of(
            "4 weeks from 30 March to 24 April 2026", "Offers accepted until 24 November 2025",
            "3 weeks from 1 to 19 June 2026", "Offers accepted until 30 January 2026",
            "3 weeks from 30 or 31 March to 17 or 18 April 2026",
            "7 weeks from 26 May to 10 July 2026", "Offers accepted until 16 February 2026",
            "9 weeks from 12 October to 18 December 2026", "Offers accepted until 19 June 2026",
            "4 weeks from 1 to 26 February 2027", "3 weeks from 1 to 19 February 2027",
            "7 weeks from 1 February to 19 March 2027", "13 weeks from 3 May to 30 July 2027",
            "11 weeks from 18 May to 30 July 2027",
            "(01/02/2026 – 31/07/2027)", "(01/04/2026 – 31/03/2027)",
            "4 trainees over 9 weeks", "€4,000", "more than 40,000 inhabitants", "3 to 5 internships",
            "Ingrid VIBET", "stages.inet@cnfpt.fr", "+33 3 88 15 53 69", "+33 6 10 53 03 78", "+33 3 88 15 52 64",
            "1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex", "inet.cnfpt.fr",
            "Your contact at INET");

    @ParameterizedTest
    @EnumSource(Medium.class)
    void englishEditionSaysWhoInetIsAsTheOverviewDoes(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.EN));

        assertThat(text).contains(normalised(OVERVIEW_EN));
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void englishEditionTranslatesTheSeedsDatesFiguresAndContact(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.EN));

        assertThat(text).contains(normalised(FACTS_EN));
        assertThat(text).doesNotContain("semaines", "Dépôt des offres", "jusqu'au");
    }

    /** The English edition says "training", as the CLI does: INET's trainees are not at school. */
    @ParameterizedTest
    @EnumSource(Medium.class)
    void englishEditionNeverSaysSchooling(Medium medium) throws Exception {
        String text = medium.text(RenderedBrochure.of(2026, Language.EN));

        assertThat(text).doesNotContainPattern(Pattern.compile("schooling", Pattern.CASE_INSENSITIVE));
    }

    private static List<String> normalised(List<String> facts) {
        return facts.stream().map(RenderedBrochure::normalise).toList();
    }
}
