package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import fr.cnfpt.inet.stages.domain.curriculum.TroncCommun;
import fr.cnfpt.inet.stages.domain.quantity.Hours;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "En quoi consiste la formation initiale à l'INET ?": the 2026-2027 edition's curriculum.
 */
final class Curriculum2026 {

    private static final Set<Corps> ALL = EnumSet.allOf(Corps.class);

    private Curriculum2026() {
    }

    static Curriculum curriculum() {
        return new Curriculum(introduction(), doubleObjective(), principles(), parcours(), itineraires(),
                of("3 à 5 stages en collectivité", "3 to 5 internships in local authorities"));
    }

    private static List<LocalizedText> introduction() {
        return List.of(of(
                "L'INET assure la formation initiale des lauréats des concours d'administrateur territorial, de"
                        + " conservateur territorial de bibliothèques, de conservateur territorial du patrimoine et"
                        + " d'ingénieur en chef territorial. Les élèves de l'INET suivent une formation"
                        + " professionnalisante de 12 à 18 mois, alternant apports théoriques et stages pratiques,"
                        + " essentiellement en collectivités.",
                "INET provides the initial training of those who pass the competitive examinations (concours) of"
                        + " four cadres d'emplois, the career groups of the French local civil service: senior"
                        + " administrators (administrateurs territoriaux), library curators (conservateurs territoriaux"
                        + " de bibliothèques), heritage curators (conservateurs territoriaux du patrimoine) and chief"
                        + " engineers (ingénieurs en chef territoriaux). INET trainees follow a 12- to 18-month"
                        + " vocational training programme that alternates theory with internships, mostly in local"
                        + " authorities."));
    }

    private static List<Topic> doubleObjective() {
        return List.of(
                Topic.of(of("Préparer les élèves à leurs futures fonctions de cadre de direction :",
                                "Prepare trainees for their future roles as senior executives:"),
                        of("Contribuer à la conduite de l'action publique locale aux côtés des élus ;",
                                "Help to lead local public action alongside elected officials;"),
                        of("Piloter et conduire les transitions ;", "Steer and lead the transitions under way;"),
                        of("Animer et diriger des équipes.", "Lead and manage teams.")),
                Topic.of(of("Aider chaque élève à construire son projet professionnel, à se projeter dans une carrière"
                                + " et à trouver un premier emploi A+.",
                        "Help each trainee build a career plan, look ahead to a career and find a first post at"
                                + " the highest level of the civil service (A+).")));
    }

    private static List<Topic> principles() {
        return List.of(
                Topic.of(of("Une formation professionnalisante, visant à renforcer l'employabilité des élèves :",
                                "Vocational training that makes trainees more employable:"),
                        of("Alternance entre les périodes de formation à l'INET et les mises en situation"
                                        + " professionnelle en collectivités (stages, missions collectives...) ;",
                                "Training periods at INET alternating with work placements in local authorities"
                                        + " (internships, collective projects...);"),
                        of("Acquisition progressive des compétences et responsabilités, favorisant une réflexivité"
                                        + " entre les apports théoriques et la réalité d'action sur le terrain ;",
                                "Skills and responsibilities acquired step by step, encouraging reflection that links"
                                        + " theory with the realities of action in the field;"),
                        of("Accompagnement individualisé, conseil et orientation pour la construction du projet"
                                        + " professionnel.",
                                "Individual support, advice and guidance in building a career plan.")),
                Topic.of(of("Une pédagogie active qui place l'élève au cœur de sa formation :",
                                "Active learning that puts trainees at the heart of their training:"),
                        of("Approche pédagogique fondée sur l'intelligence collective : études de cas, jeux de rôles,"
                                        + " travaux collaboratifs, visites apprenantes, co-conception de modules de"
                                        + " formation ;",
                                "A teaching approach based on collective intelligence: case studies, role play,"
                                        + " collaborative work, learning visits, co-design of training modules;"),
                        of("Intervenants experts du milieu territorial : cadres supérieurs de collectivités, élus,"
                                        + " consultants... ;",
                                "Expert speakers from local government: senior local authority executives, elected"
                                        + " officials, consultants...;"),
                        of("Ouverture sur la société : compréhension des grands enjeux et grandes mutations de"
                                        + " société, des politiques partenariales...",
                                "Openness to society: understanding the major issues and changes in society,"
                                        + " partnership policies...")),
                Topic.of(of("Une formation favorisant l'émergence d'une identité territoriale commune, tout en"
                                        + " valorisant les spécificités métiers :",
                                "Training that fosters a shared local government identity while recognising what is"
                                        + " specific to each profession:"),
                        of("Croisement et interactions entre les élèves issus des différents cadres d'emplois : temps"
                                        + " de scolarité partagés, modules de formation en commun, projets collectifs"
                                        + " inter-filières ;",
                                "Interaction between trainees from the different career groups: shared training"
                                        + " periods, joint training modules, cross-stream collective projects;"),
                        of("Développement des champs de compétences propres à chaque filière : valorisation de"
                                        + " l'identité métier, partenariats spécifiques à chaque filière, parcours"
                                        + " communs avec des écoles partenaires (INSP, ENSSIB, INP, AgroParisTech...),"
                                        + " ancrage dans un réseau professionnel, participation aux rencontres et"
                                        + " congrès de la profession, etc.",
                                "Developing each stream's own fields of competence: professional identity, partnerships"
                                        + " specific to each stream, joint programmes with partner schools (INSP, ENSSIB, INP,"
                                        + " AgroParisTech...), a professional network, taking part in the profession's"
                                        + " meetings and conferences, etc.")));
    }

    private static List<Parcours> parcours() {
        return List.of(
                Parcours.of("CULTURE_EXPERTISE_TERRITORIALE",
                        of("Culture et expertise territoriale", "Local government culture and expertise"),
                        of("Gouvernance, relations aux élus, valeurs du service public, sens de l'action publique,"
                                        + " organisation des collectivités territoriales, déontologie, dynamiques"
                                        + " territoriales...",
                                "Governance, relations with elected officials, public-service values, the purpose of"
                                        + " public action, the organisation of local authorities, professional ethics, local"
                                        + " and regional dynamics..."),
                        ALL),
                Parcours.of("GESTION_RESSOURCES", of("Gestion des ressources", "Resource management"),
                        of("Finances, ressources humaines, modes de gestion, systèmes d'information, maîtrise"
                                        + " d'ouvrage publique...",
                                "Finance, human resources, management methods, information systems, commissioning"
                                        + " public works and projects..."),
                        ALL),
                Parcours.of("POLITIQUES_PUBLIQUES", of("Politiques publiques", "Public policies"),
                        of("Développement économique, emploi, insertion, cohésion sociale, culture, éducation, lecture"
                                        + " publique, aménagement du territoire, urbanisme, transition écologique...",
                                "Economic development, employment, social and professional integration, social"
                                        + " cohesion, culture, education, public libraries, regional planning, town planning,"
                                        + " ecological transition..."),
                        ALL),
                Parcours.of("TRONC_COMMUN",
                        of("Tronc commun à 21 écoles de service public", "Common core shared by 21 public-service schools"),
                        of("Valeurs de la République, transition écologique, transition numérique, inégalités et"
                                        + " pauvreté, rapport à la science : 100 h de tronc commun sont intégrées à la"
                                        + " scolarité des élèves.",
                                "Values of the Republic, ecological transition, digital transition, inequality and"
                                        + " poverty, relationship with science: 100 hours of common core are part of the"
                                        + " trainees' programme."),
                        ALL).withTroncCommun(new TroncCommun(21, Hours.of(100), List.of(
                                of("Valeurs de la République", "Values of the Republic"),
                                of("Transition écologique", "Ecological transition"),
                                of("Transition numérique", "Digital transition"),
                                of("Inégalités et pauvreté", "Inequality and poverty"),
                                of("Rapport à la science", "Relationship with science")))),
                Parcours.of("POSTURE_CADRE_DIRECTION", of("Posture du cadre de direction", "The senior executive's role and stance"),
                        of("Management, outillage méthodologique de gestion de projets, communication...",
                                "Management, project-management methods and tools, communication..."),
                        ALL),
                Parcours.of("OUVERTURE_SOCIETE", of("Ouverture sur la société", "Openness to society"),
                        of("Valorisation de l'engagement associatif des élèves, participation à des colloques,"
                                        + " réalisation d'études, stages d'ouverture...",
                                "Recognition of trainees' voluntary work, conferences, studies, broadening"
                                        + " internships..."),
                        ALL),
                Parcours.of("ACCOMPAGNEMENT_EMPLOI", of("Accompagnement vers l'emploi", "Career support"),
                        of("Accompagnement individuel et collectif des élèves à la définition de leur projet"
                                        + " professionnel.",
                                "Individual and collective support for trainees in defining their career plans."),
                        ALL),
                Parcours.of("COMPETENCES_SCIENTIFIQUES_TECHNIQUES",
                        of("Compétences scientifiques et techniques", "Scientific and technical skills"),
                        of("Développement de la spécificité et des compétences techniques liées au métier de"
                                        + " conservateur ou conservatrice de bibliothèques.",
                                "Developing the specific technical skills of the library curator's profession."),
                        EnumSet.of(Corps.CONSERVATEUR_BIBLIOTHEQUES)));
    }

    private static List<Parcours> itineraires() {
        return List.of(
                Parcours.of("NUMERIQUE", of("Numérique", "Digital"),
                        of("Compréhension des enjeux du numérique sur l'action publique locale : gestion des données,"
                                        + " relation aux citoyens, aménagement numérique du territoire, intelligence"
                                        + " artificielle, big data, e-management...",
                                "Understanding what digital technology means for local public action: data"
                                        + " management, relations with citizens, digital infrastructure, artificial"
                                        + " intelligence, big data, e-management..."),
                        ALL),
                Parcours.of("EUROPE", of("Europe", "Europe"),
                        of("Ouverture sur l'Europe : environnement institutionnel, approche comparée des politiques"
                                        + " publiques européennes, intégration des enjeux européens dans la gouvernance"
                                        + " territoriale...",
                                "Openness to Europe: the institutional environment, comparative approaches to"
                                        + " European public policies, bringing European issues into local governance..."),
                        ALL));
    }
}
