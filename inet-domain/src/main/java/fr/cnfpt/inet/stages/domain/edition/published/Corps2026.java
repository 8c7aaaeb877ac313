package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.quantity.Months;
import java.util.List;

/**
 * The corps of the 2026-2027 edition, with the inclusive forms the brochure uses
 * ("Élèves administrateurs et administratrices territoriaux", "18 MOIS DE SCOLARITÉ").
 */
final class Corps2026 {

    private Corps2026() {
    }

    static List<CorpsProfile> profiles() {
        return List.of(
                CorpsProfile.placedByInet(Corps.ADMINISTRATEUR,
                        of("administrateurs et administratrices territoriaux", "senior administrators"),
                        of("Élèves administrateurs et administratrices territoriaux", "Trainee senior administrators"),
                        of("concours d'administrateur territorial",
                                "competitive examination for senior administrators (concours d'administrateur"
                                        + " territorial)"),
                        Months.of(18)),
                CorpsProfile.placedByInet(Corps.CONSERVATEUR_BIBLIOTHEQUES,
                        of("conservateurs et conservatrices territoriaux de bibliothèques", "library curators"),
                        of("Élèves conservateurs et conservatrices territoriaux de bibliothèques",
                                "Trainee library curators"),
                        of("concours de conservateur territorial de bibliothèques",
                                "competitive examination for library curators (concours de conservateur territorial"
                                        + " de bibliothèques)"),
                        Months.of(18)),
                CorpsProfile.placedByInet(Corps.INGENIEUR_EN_CHEF,
                        of("ingénieurs et ingénieures en chef territoriaux", "chief engineers"),
                        of("Élèves ingénieurs et ingénieures en chef territoriaux", "Trainee chief engineers"),
                        of("concours d'ingénieur en chef territorial",
                                "competitive examination for chief engineers (concours d'ingénieur en chef"
                                        + " territorial)"),
                        Months.of(12)),
                CorpsProfile.placedBy(Corps.CONSERVATEUR_PATRIMOINE,
                        of("conservateurs et conservatrices territoriaux du patrimoine", "heritage curators"),
                        of("Élèves conservateurs et conservatrices territoriaux du patrimoine",
                                "Trainee heritage curators"),
                        of("concours de conservateur territorial du patrimoine",
                                "competitive examination for heritage curators (concours de conservateur territorial"
                                        + " du patrimoine)"),
                        Institute.INP,
                        of("Les stages des élèves conservateurs et conservatrices territoriaux du patrimoine sont gérés"
                                + " par l'INP (Institut National du Patrimoine), dans le cadre du partenariat avec l'INET.",
                                "The internships of trainee heritage curators are arranged by the INP (Institut"
                                        + " national du patrimoine, the National Heritage Institute), in partnership with"
                                        + " INET.")));
    }
}
