package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.Arrangements;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.internship.Phase;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * "Stages d'observation" of the 2026-2027 edition. The administrateurs' and ingénieurs' column
 * shares its objectives and arrangements; the conservateurs de bibliothèques have their own.
 */
final class Observation2026 {

    private static final List<LocalizedText> OBJECTIVES_DIRECTION_GENERALE = List.of(
            of("Appréhender, au sein d'une direction générale, les enjeux spécifiques de la collectivité, son"
                            + " organisation générale, son fonctionnement à l'interne et en interaction avec son"
                            + " environnement institutionnel.",
                    "Understand, from within a general management team, the local authority's specific issues, its"
                            + " overall organisation and how it works internally and with its institutional"
                            + " environment."),
            of("Mieux connaître l'activité des services publics de proximité à la population : réponses apportées à"
                            + " l'usager, personnel en place et compétences requises, organisation, liens avec les"
                            + " services centraux, management des équipes de proximité...",
                    "Learn more about public services close to residents: the answers given to users, the staff in"
                            + " post and the skills required, organisation, links with central services, management of"
                            + " front-line teams..."));

    private static final List<LocalizedText> OBJECTIVES_BIBLIOTHEQUE = List.of(
            of("Appréhender, au sein de la direction d'une bibliothèque/médiathèque, les enjeux spécifiques de la"
                            + " lecture publique, l'environnement et l'organisation d'une collectivité territoriale et"
                            + " la place de l'établissement dans cet environnement.",
                    "Understand, from within the management of a library or media library, the specific issues of"
                            + " public library services, the environment and organisation of a local authority, and the"
                            + " library's place in that environment."),
            of("Mieux connaître les activités d'une bibliothèque/médiathèque : services, accueil aux publics,"
                            + " organisation des collections, management des équipes...",
                    "Learn more about the work of a library or media library: services, welcoming the public,"
                            + " organisation of the collections, team management..."));

    private static final LocalizedText FIELD_WEEK = of(
            "1 semaine sur le terrain dans un service de proximité auprès d'un agent de catégorie C ou B, afin"
                    + " d'avoir une appréhension réelle des services rendus aux usagers et du management de terrain"
                    + " mais aussi des contacts avec des équipes opérationnelles.",
            "1 week in the field, in a front-line service alongside an operational or supervisory employee"
                    + " (category C or B), to gain a real grasp of the services provided to users and of front-line"
                    + " management, and to meet operational teams.");

    private static final LocalizedText TWO_PARTS = of("Ce stage se déroule en deux temps :",
            "This internship has two parts:");

    private static final Arrangements WITH_DGS = Arrangements.placedWith(Supervisor.DGS, List.of(
                    of("L'élève est directement placé auprès du DGS et sous son autorité.",
                            "The trainee reports directly to the chief executive (directeur général des services,"
                                    + " DGS)."),
                    TWO_PARTS),
            List.of(new Phase(Weeks.of(2), Weeks.of(3), of(
                            "2 ou 3 semaines de découverte au quotidien auprès du ou de la DGS. Ce positionnement doit"
                                    + " faciliter une approche stratégique des dossiers et du mode de pilotage de la"
                                    + " collectivité. Il doit également permettre à l'élève d'appréhender concrètement"
                                    + " les modes de relations entre les élus et l'administration.",
                            "2 or 3 weeks shadowing the chief executive day to day. This position should encourage a"
                                    + " strategic approach to the issues and to how the local authority is steered. It"
                                    + " should also let the trainee see at first hand how elected officials and the"
                                    + " administration work together.")),
                    Phase.of(Weeks.of(1), FIELD_WEEK)));

    private static final Arrangements WITH_LIBRARY_DIRECTOR = Arrangements.placedWith(Supervisor.DIRECTEUR_ETABLISSEMENT,
            List.of(of("L'élève est directement placé auprès du directeur ou de la directrice d'établissement et sous"
                                    + " son autorité.",
                            "The trainee reports directly to the head of the library."),
                    TWO_PARTS),
            List.of(Phase.of(Weeks.of(2), of(
                            "2 semaines de découverte au quotidien auprès du directeur ou de la directrice"
                                    + " d'établissement : ce positionnement doit faciliter une approche globale,"
                                    + " stratégique des dossiers et du mode de pilotage de l'établissement. Il doit"
                                    + " également permettre à l'élève d'observer les relations avec la direction de la"
                                    + " culture, la direction générale et les élus.",
                            "2 weeks shadowing the head of the library day to day: this position should encourage a"
                                    + " broad, strategic approach to the issues and to how the library is run. It should"
                                    + " also let the trainee observe its relations with the cultural affairs department,"
                                    + " the general management and elected officials.")),
                    Phase.of(Weeks.of(1), FIELD_WEEK)));

    private Observation2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.OBSERVATION)
                .names(of("Stage d'observation", "Observation internship"),
                        of("Stages d'observation", "Observation internships"))
                .purpose(of("Ce stage, en début de scolarité, vise à donner aux élèves un socle commun de connaissances"
                                + " sur les collectivités ou sur les établissements de lecture publique.",
                        "This internship, at the start of the training, gives trainees a common grounding in how"
                                + " local authorities or public libraries work."))
                .examplesHeading(of("Exemples de stages", "Examples of internships"))
                .hostBenefits(HostBenefit.of(of("Partager son expérience et bénéficier d'un regard extérieur.",
                        "Share your experience and benefit from an outside perspective.")))
                .internship(new Internship(InternshipType.OBSERVATION, Corps.ADMINISTRATEUR, 1, Weeks.of(4),
                        OBJECTIVES_DIRECTION_GENERALE, WITH_DGS, List.of()))
                .internship(new Internship(InternshipType.OBSERVATION, Corps.INGENIEUR_EN_CHEF, 1, Weeks.of(3),
                        OBJECTIVES_DIRECTION_GENERALE, WITH_DGS, List.of()))
                .internship(new Internship(InternshipType.OBSERVATION, Corps.CONSERVATEUR_BIBLIOTHEQUES, 1, Weeks.of(3),
                        OBJECTIVES_BIBLIOTHEQUE, WITH_LIBRARY_DIRECTOR, List.of()))
                .build();
    }
}
