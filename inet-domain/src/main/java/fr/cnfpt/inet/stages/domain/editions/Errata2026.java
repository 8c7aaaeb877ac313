package fr.cnfpt.inet.stages.domain.editions;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.edition.Erratum;
import java.util.List;

/**
 * The inconsistencies of the 2026-2027 brochure's text, and what the library retains. Each is
 * quoted from the source so that a reader can find it. Inconsistencies between the texts and the
 * calendar (the collective projects' 10 calendar weeks for 9 declared) are found by the calendar's
 * edition audit, which computes them.
 */
final class Errata2026 {

    private Errata2026() {
    }

    static List<Erratum> errata() {
        return List.of(
                new Erratum("PROFESSIONNALISATION_WEEKS_CONSERVATEURS",
                        of("Tableau récapitulatif « Quelles sont les périodes de stages ? », colonne des conservateurs"
                                        + " et conservatrices territoriaux de bibliothèques",
                                "Summary table \"Quelles sont les périodes de stages ?\", library curators' column"),
                        "Stage de professionnalisation 13 semaines (mai - juillet 2027)",
                        of("11 semaines, comme le tableau détaillé (« 11 semaines du 18 mai au 30 juillet 2027 ») et"
                                        + " la frise (« Stage de professionnalisation (11 semaines) »).",
                                "11 weeks, as in the detailed table (\"11 semaines du 18 mai au 30 juillet 2027\") and"
                                        + " the timeline (\"Stage de professionnalisation (11 semaines)\").")),
                new Erratum("CONTACT_EMAIL_MISPRINT",
                        of("Page « Votre contact à l'INET »", "Page \"Votre contact à l'INET\""),
                        "stages.inet.cnfpt.fr",
                        of("stages.inet@cnfpt.fr, l'adresse donnée avec le contact de la page « Quelles sont les"
                                        + " périodes de stages ? » : le texte de la page contact n'est pas une adresse"
                                        + " électronique (il manque « @ »).",
                                "stages.inet@cnfpt.fr, the address given with the contact on the page \"Quelles sont les"
                                        + " périodes de stages ?\": the contact page's text is not an e-mail address (the"
                                        + " \"@\" is missing).")),
                new Erratum("INGENIEURS_INCLUSIVE_FORM",
                        of("Tableau récapitulatif, frise des stages et tableau des projets collectifs",
                                "Summary table, internship timeline and collective projects table"),
                        "Élèves ingénieurs et ingénieurs en chef territoriaux",
                        of("« ingénieurs et ingénieures en chef territoriaux », la forme inclusive du tableau des stages"
                                        + " d'observation (« Élèves ingénieurs et ingénieures en chef territoriaux »).",
                                "\"ingénieurs et ingénieures en chef territoriaux\", the inclusive form of the observation"
                                        + " internships table.")),
                new Erratum("INGENIEURS_END_OF_SCHOOLING_MONTH",
                        of("Frise « Année 2027 », ligne des ingénieurs et ingénieures en chef",
                                "Timeline \"Année 2027\", chief engineers' row"),
                        "Fin scolarité (colonne Avril)",
                        of("Fin de scolarité le 31 mars 2027, comme le tableau récapitulatif (« 12 MOIS DE SCOLARITÉ"
                                        + " (01/04/2026 – 31/03/2027) »).",
                                "End of schooling on 31 March 2027, as in the summary table (\"12 MOIS DE SCOLARITÉ"
                                        + " (01/04/2026 – 31/03/2027)\").")));
    }
}
