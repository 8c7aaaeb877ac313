package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.Arrangements;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * "Stages de professionnalisation" of the 2026-2027 edition: the last internship of the
 * administrateurs (13 weeks) and conservateurs de bibliothèques (11 weeks, per the detailed
 * calendar; the summary table's "13 semaines" is an erratum).
 */
final class Professionnalisation2026 {

    private static final List<LocalizedText> OBJECTIVES = List.of(of(
            "Réaliser une mission permettant d'acquérir ou de renforcer une expertise ou de nouveaux champs de"
                    + " compétences du niveau de responsabilité d'un cadre de direction en activité.",
            "Carry out an assignment that builds or strengthens expertise or new fields of competence at the"
                    + " level of responsibility of a serving senior executive."));

    private static final Arrangements ARRANGEMENTS = Arrangements.of(List.of(
            of("Il peut s'agir soit :", "It may be:"),
            of("d'une mission de pilotage de projet en lien avec des acteurs impliqués au sein de la collectivité et"
                            + " des partenaires,",
                    "a project-management assignment with the people involved within the local authority and"
                            + " its partners,"),
            of("d'un renfort managérial, à condition qu'il soit tutoré,",
                    "managerial reinforcement, provided it is mentored,"),
            of("d'un stage de pré-prise de poste, en cas de recrutement.",
                    "a pre-appointment internship, if the trainee is being recruited."),
            of("Dans tous les cas, ce stage doit être un temps de rencontre avec les élus, la direction générale et les"
                            + " partenaires de la collectivité.",
                    "In every case, this internship must give the trainee the opportunity to meet the local"
                            + " authority's elected officials, senior management and partners.")));

    private Professionnalisation2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.PROFESSIONNALISATION)
                .names(of("Stage de professionnalisation", "Professionalisation internship"),
                        of("Stages de professionnalisation", "Professionalisation internships"))
                .purpose(of("Ce stage, en fin de parcours, constitue l'une des principales étapes de"
                                + " professionnalisation pour les futurs administrateurs, administratrices,"
                                + " conservateurs et conservatrices de bibliothèques territoriaux. L'élève réalise une"
                                + " mission stratégique et opérationnelle du niveau de responsabilité d'un cadre de"
                                + " direction en poste.",
                        "Coming at the end of the training, this internship is one of the main steps in the"
                                + " professional development of future senior administrators and library curators. The"
                                + " trainee carries out a strategic and operational assignment at the level of"
                                + " responsibility of a serving senior executive."))
                .examplesHeading(of("Exemples de stages", "Examples of internships"))
                .hostBenefits(HostBenefit.highlighted(of("Accueillir un ou une élève en fin de scolarité, dans une optique de"
                                + " recrutement ou dans le cadre d'une mission stratégique.",
                        "Host a trainee at the end of their training, with a view to recruitment or for a"
                                + " strategic assignment.")))
                .internship(new Internship(InternshipType.PROFESSIONNALISATION, Corps.ADMINISTRATEUR, 5, Weeks.of(13),
                        OBJECTIVES, ARRANGEMENTS, List.of(ExampleGroup.of(List.of(
                                of("Participation à l'élaboration de la stratégie de nature en ville et préfiguration"
                                                + " de la cité du climat",
                                        "Contribution to the urban nature strategy and groundwork for the climate"
                                                + " centre (cité du climat)"),
                                of("Élaboration du schéma de mutualisation des services",
                                        "Drawing up the plan for pooling services"),
                                of("Structuration d'une feuille de route pour la direction de l'éducation (diagnostic,"
                                                + " axes stratégiques et actions prioritaires)",
                                        "Structuring a roadmap for the education directorate (diagnosis, strategic"
                                                + " lines and priority actions)"),
                                of("Aide à la réflexion et à l'action sur les enjeux managériaux de la collectivité"
                                                + " auprès de la direction générale des services",
                                        "Support to the general management on the local authority's managerial"
                                                + " issues"))))))
                .internship(new Internship(InternshipType.PROFESSIONNALISATION, Corps.CONSERVATEUR_BIBLIOTHEQUES, 5,
                        Weeks.of(11), OBJECTIVES, ARRANGEMENTS, List.of(ExampleGroup.of(List.of(
                                of("Préfiguration du label Bibliothèque numérique de référence",
                                        "Groundwork for the \"Bibliothèque numérique de référence\" (digital"
                                                + " reference library) label"),
                                of("Propositions pour un schéma métropolitain de lecture publique",
                                        "Proposals for a metropolitan public library plan"),
                                of("Formalisation d'orientations et de préconisations pour le développement de l'action"
                                                + " sociale de la médiathèque",
                                        "Guidelines and recommendations for developing the media library's social"
                                                + " outreach"),
                                of("Élaboration d'une stratégie pour l'offre d'accueil de groupes et pour l'action"
                                                + " culturelle en direction des adolescents, à l'échelle du réseau des"
                                                + " médiathèques",
                                        "A strategy for group visits and cultural activities for teenagers across the"
                                                + " media library network"))))))
                .build();
    }
}
