package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.Arrangements;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * "Projets collectifs" of the 2026-2027 edition: one objective, arrangements and list of examples
 * shared by the three corps INET places, with the terms of a project (4 trainees, a collectivité
 * of more than 40,000 inhabitants, a flat contribution of 4,000 €).
 */
final class ProjetCollectif2026 {

    private static final List<LocalizedText> OBJECTIVES = List.of(of(
            "Réaliser une mission en mode projet à caractère stratégique et prospectif, en réponse à une commande"
                    + " portée par la direction générale d'une collectivité. L'équipe d'élèves établit un diagnostic,"
                    + " procède à une analyse et propose des solutions opérationnelles dans une posture d'aide à la"
                    + " décision auprès des élus. Les élèves éprouvent, en situation réelle, leur capacité à travailler"
                    + " en transversalité avec des professionnels d'autres filières, comme cela se pratique au sein des"
                    + " équipes de direction des grandes collectivités territoriales.",
            "Carry out a strategic, forward-looking assignment as a project, in response to a brief from a"
                    + " local authority's senior management. The team of trainees makes a diagnosis, analyses it and"
                    + " proposes operational solutions, helping elected officials to make decisions. Trainees test,"
                    + " in a real situation, their ability to work across disciplines with professionals from other"
                    + " streams, as the senior management teams of large local authorities do."));

    private static final Arrangements ARRANGEMENTS = Arrangements.of(List.of(of(
            "Le projet collectif est un stage réalisé au sein d'une collectivité de plus de 40 000 habitants par une"
                    + " équipe composée d'élèves administrateurs, administratrices, conservateurs, conservatrices de"
                    + " bibliothèques, ingénieurs et ingénieures en chef territoriaux. Il implique une intégration forte"
                    + " dans l'équipe de direction de la collectivité et des rencontres avec des élus.",
            "The collective project is an internship in a local authority of more than 40,000 inhabitants, carried"
                    + " out by a team of trainee senior administrators, library curators and chief engineers. It"
                    + " involves close integration into the local authority's senior management team and meetings"
                    + " with elected officials.")));

    private static final List<ExampleGroup> EXAMPLES = List.of(ExampleGroup.of(List.of(
            of("Fonctionnement des pôles de vie des quartiers de la ville : diagnostic et pistes d'actions",
                    "How the city's neighbourhood hubs work: diagnosis and courses of action"),
            of("Mutualisation des musées municipaux", "Pooling the municipal museums"),
            of("Identification des orientations prioritaires pour une démarche de résilience territoriale",
                    "Identifying priorities for a local resilience strategy"),
            of("Élaboration de la stratégie bas carbone de la collectivité",
                    "Drawing up the local authority's low-carbon strategy"),
            of("Proposition d'un processus d'élaboration budgétaire d'une direction financière mutualisée",
                    "Proposal for a budget-preparation process for a shared finance department"),
            of("Réalisation d'une cartographie des métiers concernés par les évolutions induites par l'IA",
                    "Mapping the jobs affected by the changes brought by AI"))));

    private ProjetCollectif2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.PROJET_COLLECTIF)
                .names(of("Projet collectif", "Collective project"), of("Projets collectifs", "Collective projects"))
                .purpose(of("Temps fort de la scolarité, les projets collectifs sont effectués par des groupes"
                                + " d'élèves pluridisciplinaires, issus des filières administrative, culturelle et"
                                + " technique. Cette mission, qui mobilise 4 élèves sur 9 semaines, fait l'objet d'un"
                                + " rapport de restitution présenté à la collectivité.",
                        "A highlight of the programme, collective projects are carried out by multidisciplinary"
                                + " groups of trainees from the administrative, cultural and technical streams. The"
                                + " assignment, which involves 4 trainees over 9 weeks, ends with a report presented to"
                                + " the local authority."))
                .examplesHeading(of("Exemples de missions inter-filières", "Examples of cross-stream projects"))
                .hostBenefits(
                        HostBenefit.of(of("Faire appel à des approches croisées et complémentaires sur une mission à"
                                        + " caractère stratégique et prospectif.",
                                "Draw on cross-cutting, complementary approaches for a strategic, forward-looking"
                                        + " assignment.")),
                        HostBenefit.of(of("Disposer des solutions opérationnelles à une thématique donnée.",
                                "Obtain operational solutions on a given subject.")))
                .collectiveProjectTerms(new CollectiveProjectTerms(4, 40_000, Euros.of(4_000),
                        of("la couverture des frais de réalisation des projets collectifs (accompagnement"
                                        + " méthodologique des élèves, frais de déplacement, etc.)",
                                "the costs of carrying out collective projects (methodological support for trainees,"
                                        + " travel expenses, etc.)")))
                .internship(internship(Corps.ADMINISTRATEUR, 3))
                .internship(internship(Corps.CONSERVATEUR_BIBLIOTHEQUES, 3))
                .internship(internship(Corps.INGENIEUR_EN_CHEF, 2))
                .build();
    }

    private static Internship internship(Corps corps, int rank) {
        return new Internship(InternshipType.PROJET_COLLECTIF, corps, rank, Weeks.of(9), OBJECTIVES, ARRANGEMENTS,
                EXAMPLES);
    }
}
