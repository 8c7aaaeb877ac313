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
import java.util.List;

/**
 * "Stages thématiques" of the 2026-2027 edition: administrateurs and conservateurs de
 * bibliothèques only. The brochure gives no arrangements for this type.
 */
final class Thematique2026 {

    private Thematique2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.THEMATIQUE)
                .names(of("Stage thématique", "Thematic internship"), of("Stages thématiques", "Thematic internships"))
                .purpose(of("Ce stage individuel donne aux élèves l'opportunité d'approfondir une thématique et"
                                + " d'effectuer un travail d'analyse pour une collectivité.",
                        "This individual internship gives trainees the opportunity to study a subject in depth and"
                                + " carry out an analysis for a local authority."))
                .examplesHeading(of("Exemples de stages", "Examples of internships"))
                .hostBenefits(HostBenefit.of(of("Bénéficier d'un regard distancié sur une problématique de territoire.",
                        "Gain a fresh, detached perspective on a local issue.")))
                .internship(new Internship(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR, 2, Weeks.of(7),
                        List.of(of("Réaliser une mission d'analyse d'une politique publique dans sa dimension"
                                        + " partenariale ou d'une problématique liée au fonctionnement interne d'une"
                                        + " collectivité.",
                                "Analyse a public policy in its partnership dimension, or an issue in the internal"
                                        + " workings of a local authority.")),
                        Arrangements.none(),
                        List.of(ExampleGroup.of(List.of(
                                of("Diagnostic et élaboration d'un plan de lutte contre l'absentéisme",
                                        "Diagnosis and drafting of a plan to reduce absenteeism"),
                                of("État des lieux de la politique énergétique et recommandations en vue de"
                                                + " l'élaboration d'une stratégie de transition",
                                        "Review of energy policy and recommendations for a transition strategy"),
                                of("Contribution à la mise en place d'une démarche de gestion des risques internes",
                                        "Contribution to setting up internal risk management"),
                                of("Mise en place d'outils de pilotage pour une DGA",
                                        "Setting up steering tools for a deputy chief executive's directorate (DGA)"),
                                of("Mutualisation des fonctions support de la Ville et du CCAS : bilan et perspectives",
                                        "Pooling the support functions of the City and its social welfare centre (CCAS):"
                                                + " review and prospects"),
                                of("Définition et mise en place d'une offre de service dédiée aux entreprises dans une"
                                                + " logique de design de services",
                                        "Designing and launching a service offer for businesses, using service design"))))))
                .internship(new Internship(InternshipType.THEMATIQUE, Corps.CONSERVATEUR_BIBLIOTHEQUES, 2, Weeks.of(7),
                        List.of(of("Réaliser une mission d'analyse d'une politique publique territoriale culturelle,"
                                        + " notamment de lecture publique, dans sa dimension partenariale. Elle peut"
                                        + " également porter sur une problématique liée au fonctionnement interne de"
                                        + " l'établissement.",
                                "Analyse a local cultural policy, public library policy in particular, in its"
                                        + " partnership dimension. The assignment may also address an issue in the"
                                        + " internal workings of the library.")),
                        Arrangements.none(),
                        List.of(ExampleGroup.of(List.of(
                                of("Participation à la réflexion d'une nouvelle organisation pour la bibliothèque",
                                        "Contribution to designing a new organisation for the library"),
                                of("Définition d'une politique documentaire à l'échelle du réseau intercommunal des"
                                                + " bibliothèques",
                                        "Definition of a collections policy for the inter-municipal library network"),
                                of("Diagnostic des publics existants ou potentiels du territoire, s'intéressant aux"
                                                + " populations éloignées du livre et de la lecture.",
                                        "Diagnosis of the area's existing and potential users, focusing on people with"
                                                + " little contact with books and reading."),
                                of("Aide à l'élaboration d'une stratégie partenariale",
                                        "Help in drawing up a partnership strategy"),
                                of("Préfiguration de services de lecture publique « hors les murs »",
                                        "Groundwork for outreach (\"hors les murs\") library services"),
                                of("Définition d'une stratégie numérique pour une médiathèque départementale",
                                        "Definition of a digital strategy for a département library service"))))))
                .build();
    }
}
