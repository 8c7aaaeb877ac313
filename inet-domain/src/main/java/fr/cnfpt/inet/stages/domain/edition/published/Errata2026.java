package fr.cnfpt.inet.stages.domain.edition.published;

import static fr.cnfpt.inet.stages.domain.text.LocalizedText.of;

import fr.cnfpt.inet.stages.domain.edition.Erratum;
import java.util.List;

/**
 * The inconsistencies of the 2026-2027 brochure's text, and what the library retains. Each is
 * quoted from the source so that a reader can find it, with the reason for the library's choice.
 * Inconsistencies between the texts and the calendar (the collective projects' 10 calendar weeks
 * for 9 declared) are found by the calendar's edition audit, which computes them.
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
                        of("Tableau récapitulatif, frises « Année 2026 » et « Année 2027 », tableau des projets"
                                        + " collectifs (en-tête et modalités : « ingénieurs et ingénieurs en chef"
                                        + " territoriaux »)",
                                "Summary table, timelines \"Année 2026\" and \"Année 2027\", collective projects table"
                                        + " (heading and arrangements)"),
                        "Élèves ingénieurs et ingénieurs en chef territoriaux",
                        of("« ingénieurs et ingénieures en chef territoriaux » : la forme publiée répète le masculin ;"
                                        + " l'édition écrit le doublet masculin puis féminin du tableau des stages"
                                        + " d'observation (« Élèves ingénieurs et ingénieures en chef territoriaux »), comme"
                                        + " pour les autres cadres d'emplois (« administrateurs et administratrices »,"
                                        + " « conservateurs et conservatrices ») et « d'un ingénieur ou d'une ingénieure en"
                                        + " chef ».",
                                "\"ingénieurs et ingénieures en chef territoriaux\": the published form repeats the"
                                        + " masculine; the edition writes the masculine-then-feminine pair of the observation"
                                        + " table, as for the other career groups (\"administrateurs et administratrices\","
                                        + " \"conservateurs et conservatrices\") and \"d'un ingénieur ou d'une ingénieure en"
                                        + " chef\".")),
                new Erratum("INGENIEURS_FEMININE_FIRST",
                        of("Page « Stages de perfectionnement » : introduction et en-tête du tableau",
                                "Page \"Stages de perfectionnement\": introduction and table heading"),
                        "Élèves ingénieures et ingénieurs en chef territoriaux",
                        of("« ingénieurs et ingénieures en chef territoriaux », l'ordre masculin puis féminin de tous les"
                                        + " autres doublets de la brochure : une seule graphie par cadre d'emplois.",
                                "\"ingénieurs et ingénieures en chef territoriaux\", the masculine-then-feminine order of"
                                        + " every other pair in the brochure: one spelling per career group.")),
                new Erratum("INGENIEURS_END_OF_SCHOOLING_MONTH",
                        of("Frise « Année 2027 », ligne des ingénieurs et ingénieures en chef, colonne Avril",
                                "Timeline \"Année 2027\", chief engineers' row, April column"),
                        "Fin scolarité",
                        of("Fin de scolarité le 31 mars 2027, comme le tableau récapitulatif (« 12 MOIS DE SCOLARITÉ"
                                        + " (01/04/2026 – 31/03/2027) »).",
                                "End of training on 31 March 2027, as in the summary table (\"12 MOIS DE SCOLARITÉ"
                                        + " (01/04/2026 – 31/03/2027)\").")),
                new Erratum("ETAPE_WITHOUT_ACCENT",
                        of("Page « Stages de perfectionnement », introduction",
                                "Page \"Stages de perfectionnement\", introduction"),
                        "Etape finale de la professionnalisation individuelle",
                        of("« Étape finale… » : les capitales gardent leurs accents, comme partout ailleurs dans la"
                                        + " brochure (« État », « Élèves », « Élaboration »).",
                                "\"Étape finale…\": capitals keep their accents, as everywhere else in the brochure"
                                        + " (\"État\", \"Élèves\", \"Élaboration\").")),
                new Erratum("ELEVE_INCLUSIVE_FORM",
                        of("Page « Stages de professionnalisation », ligne « LE + »",
                                "Page \"Stages de professionnalisation\", \"LE +\" line"),
                        "Accueillir un élève en fin de scolarité",
                        of("« Accueillir un ou une élève en fin de scolarité », la forme du titre de la brochure"
                                        + " (« Accueillir un ou une élève en stage »).",
                                "\"Accueillir un ou une élève en fin de scolarité\", the form of the brochure's title"
                                        + " (\"Accueillir un ou une élève en stage\").")),
                new Erratum("TRONC_COMMUN_HOURS_SPACING",
                        of("Parcours « Tronc commun à 21 écoles de service public »",
                                "Track \"Tronc commun à 21 écoles de service public\""),
                        "100h de tronc commun",
                        of("« 100 h de tronc commun » : une espace (insécable) sépare le nombre du symbole de l'unité.",
                                "\"100 h de tronc commun\": a (non-breaking) space separates the number from the unit"
                                        + " symbol.")),
                new Erratum("SWITCHBOARD_NUMBER_FORMAT",
                        of("Dos de la brochure, standard de l'INET", "Back page, INET's switchboard"),
                        "0388155264",
                        of("03 88 15 52 64, groupé par deux chiffres comme les autres numéros de la brochure"
                                        + " (« 03 88 15 53 69 ») ; +33 3 88 15 52 64 pour l'étranger.",
                                "03 88 15 52 64, in pairs of digits as the brochure's other numbers (\"03 88 15 53"
                                        + " 69\"); +33 3 88 15 52 64 from abroad.")),
                new Erratum("SCHOOLING_YEARS_ABBREVIATED",
                        of("Titre de la frise « Les opportunités de stages au cours de la scolarité 2026-27 »",
                                "Timeline heading \"Les opportunités de stages au cours de la scolarité 2026-27\""),
                        "2026-27",
                        of("2026-2027, comme la couverture et le reste de la brochure.",
                                "2026-2027, as on the cover and in the rest of the brochure.")));
    }
}
