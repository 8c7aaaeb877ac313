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
 * "Stages d'ouverture" of the 2026-2027 edition: administrateurs (4 weeks) and conservateurs de
 * bibliothèques (3 weeks), in structures other than local authorities.
 */
final class Ouverture2026 {

    private static final List<LocalizedText> OBJECTIVES = List.of(of(
            "S'enrichir d'expériences complémentaires, s'ouvrir à d'autres structures, d'autres contextes...",
            "Gain complementary experience, discover other organisations and other contexts..."));

    private static final Arrangements ARRANGEMENTS = Arrangements.of(List.of(of(
            "Les élèves identifient les structures qui leur permettent d'enrichir leurs compétences et de compléter"
                    + " leurs expériences (associations, services de l'État, collectivités européennes, collectivités"
                    + " d'outre-mer, établissements particuliers, secteur privé...).",
            "Trainees choose the organisations that will let them broaden their skills and round out their"
                    + " experience (associations, State services, European local authorities, overseas authorities,"
                    + " specialised public bodies, the private sector...).")));

    private static final List<ExampleGroup> EXAMPLES = List.of(
            ExampleGroup.titled(of("Services de l'État", "State services"), List.of(
                    of("Préfectures", "Prefectures"),
                    of("Chambres Régionales des Comptes", "Regional audit chambers (Chambres régionales des comptes)"),
                    of("Universités", "Universities"),
                    of("Directions Régionales des Affaires Culturelles",
                            "Regional directorates of cultural affairs (DRAC)"),
                    of("Agence nationale de la cohésion des territoires...",
                            "National Agency for Territorial Cohesion (ANCT)..."))),
            ExampleGroup.titled(of("Entreprises publiques", "Public companies"), List.of(
                    of("Caisse des Dépôts", "Caisse des Dépôts"),
                    of("Groupe La Poste", "La Poste group"),
                    of("SNCF", "SNCF (French railways)"))),
            ExampleGroup.titled(of("Établissements culturels", "Cultural institutions"), List.of(
                    of("Château de Versailles", "Palace of Versailles"),
                    of("BNF", "BnF (National Library of France)"),
                    of("BPI", "Bpi (Public Information Library, Centre Pompidou)"),
                    of("Musée du Louvre", "Louvre Museum"),
                    of("Théâtre National de Strasbourg...", "Théâtre National de Strasbourg..."))),
            ExampleGroup.titled(of("Secteur privé", "Private sector"), List.of(
                    of("Agence France Locale", "Agence France Locale"),
                    of("Arte", "Arte"),
                    of("Vinci", "Vinci"),
                    of("Incubateur de start-ups", "Start-up incubators"),
                    of("cabinets de conseil...", "consultancies..."))),
            ExampleGroup.titled(of("Autres structures", "Other organisations"), List.of(
                    of("Secteur associatif", "Non-profit sector"),
                    of("syndicats", "trade unions"),
                    of("hôpitaux", "hospitals"),
                    of("collectivités européennes...", "European local authorities..."))));

    private Ouverture2026() {
    }

    static InternshipTypeDefinition definition() {
        return InternshipTypeDefinition.builder(InternshipType.OUVERTURE)
                .names(of("Stage d'ouverture", "Broadening internship"), of("Stages d'ouverture", "Broadening internships"))
                .purpose(of("En lien avec leur projet professionnel, le stage d'ouverture permet aux élèves d'enrichir"
                                + " leur expérience et de découvrir un nouvel environnement de travail.",
                        "In line with their career plans, the broadening internship lets trainees enrich their"
                                + " experience and discover a new working environment."))
                .examplesHeading(of("Exemples de structures d'accueil", "Examples of host organisations"))
                .hostBenefits(
                        HostBenefit.of(of("Bénéficier des compétences d'un futur cadre de direction territorial, tout"
                                        + " en lui permettant de découvrir un nouvel environnement professionnel.",
                                "Benefit from the skills of a future senior local government executive, while"
                                        + " letting them discover a new professional environment.")),
                        HostBenefit.of(of("Mieux appréhender le fonctionnement et les enjeux de la fonction publique"
                                        + " territoriale.",
                                "Better understand how the local civil service works and the issues it faces.")))
                .internship(new Internship(InternshipType.OUVERTURE, Corps.ADMINISTRATEUR, 4, Weeks.of(4),
                        OBJECTIVES, ARRANGEMENTS, EXAMPLES))
                .internship(new Internship(InternshipType.OUVERTURE, Corps.CONSERVATEUR_BIBLIOTHEQUES, 4, Weeks.of(3),
                        OBJECTIVES, ARRANGEMENTS, EXAMPLES))
                .build();
    }
}
