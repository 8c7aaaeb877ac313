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
 * "Stages de perfectionnement" of the 2026-2027 edition: the ingénieurs en chef's third and last
 * internship.
 */
final class Perfectionnement2026 {

    private Perfectionnement2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.PERFECTIONNEMENT)
                .names(of("Stage de perfectionnement", "Advanced internship"),
                        of("Stages de perfectionnement", "Advanced internships"))
                .purpose(of("Étape finale de la professionnalisation individuelle des élèves ingénieurs et ingénieures"
                                + " en chef territoriaux, ce stage intervient à la fin de leur scolarité de 12 mois à"
                                + " l'INET.",
                        "The final step in trainee chief engineers' individual professional development, this"
                                + " internship comes at the end of their 12-month training programme at INET."))
                .examplesHeading(of("Exemples de stages", "Examples of internships"))
                .hostBenefits(HostBenefit.of(of("Confier une mission d'expertise en fin de scolarité.",
                        "Entrust an expert assignment to a trainee at the end of their training.")))
                .internship(new Internship(InternshipType.PERFECTIONNEMENT, Corps.INGENIEUR_EN_CHEF, 3, Weeks.of(7),
                        List.of(of("Ce troisième stage doit permettre aux élèves de réaliser une mission opérationnelle"
                                                + " du niveau de responsabilité d'un ingénieur ou d'une ingénieure en"
                                                + " chef en poste et d'atteindre les objectifs suivants :",
                                        "This third internship should let trainees carry out an operational assignment"
                                                + " at the level of responsibility of a serving chief engineer, and meet"
                                                + " the following objectives:"),
                                of("acquérir des compétences dans un domaine nouveau et/ou renforcer une expertise,",
                                        "acquire skills in a new field and/or strengthen an area of expertise,"),
                                of("favoriser le développement de champs de compétences d'un ingénieur ou d'une"
                                                + " ingénieure en chef",
                                        "develop the fields of competence of a chief engineer"),
                                of("Si le projet professionnel de l'élève le justifie, le stage peut être réalisé hors"
                                                + " collectivité territoriale.",
                                        "If the trainee's career plan justifies it, the internship may take place"
                                                + " outside local government.")),
                        Arrangements.of(List.of(
                                of("La mission confiée doit servir le projet de l'élève.",
                                        "The assignment must serve the trainee's career plan."),
                                of("Il s'agit d'une mission de perfectionnement dans un domaine précis qui permet de"
                                                + " renforcer la prise de poste.",
                                        "It is an advanced assignment in a specific field that prepares the trainee to"
                                                + " take up a post."),
                                of("Il peut s'agir d'un stage de pré-prise de poste en cas de recrutement.",
                                        "It may be a pre-appointment internship if the trainee is being recruited."))),
                        List.of(ExampleGroup.of(List.of(
                                of("Participation à la mise en œuvre d'indicateurs de pilotage des politiques publiques",
                                        "Contribution to implementing public-policy steering indicators"),
                                of("Appui à l'élaboration du nouveau Plan Climat Air Énergie Territorial",
                                        "Support in drawing up the new local climate, air and energy plan (Plan Climat"
                                                + " Air Énergie Territorial, PCAET)"),
                                of("Structuration de la fonction de contrôle de gestion au sein d'un département",
                                        "Setting up the management control function of a département (county council)"),
                                of("Élaboration d'un diagnostic et d'une stratégie de rénovation énergétique des"
                                                + " bâtiments",
                                        "Diagnosis and strategy for the energy renovation of buildings"),
                                of("Définition et organisation des modalités de concertation dans le cadre de la"
                                                + " procédure de révision du Schéma d'Aménagement Régional",
                                        "Defining and organising public consultation for the revision of the Regional"
                                                + " Development Plan (Schéma d'Aménagement Régional)"))))))
                .build();
    }
}
