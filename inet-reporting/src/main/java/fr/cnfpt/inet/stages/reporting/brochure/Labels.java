package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The brochure's own wording: headings and table labels that belong to its layout rather than to
 * the edition's content, in French (as in the 2026-2027 brochure) and English (with the glossary's
 * terms).
 */
enum Labels {
    CONTENTS("Sommaire", "Contents"),
    PROJECTED_DATES("Dates prévisionnelles : le calendrier officiel de cette promotion n'est pas encore publié.",
            "Provisional dates: the official calendar of this cohort is not published yet."),
    TRAINING("En quoi consiste la formation initiale à l'INET ?", "What does initial training at INET involve?"),
    DOUBLE_OBJECTIVE("Un double objectif", "A twofold objective"),
    PRINCIPLES("Des principes communs à tous les cadres d'emplois", "Principles common to every corps"),
    PARCOURS("parcours de formation", "training pathways"),
    ITINERAIRES("itinéraires transversaux", "cross-cutting tracks"),
    PERIODS("Quelles sont les périodes de stages ?", "When do the internships take place?"),
    CONTACT("Contact", "Contact"),
    SUMMARY("Les stages de chaque cadre d'emplois", "Each corps' internships"),
    TIMELINE("Les opportunités de stages au cours de la scolarité", "Internship opportunities during the schooling"),
    YEAR("Année", "Year"),
    SCHOOLING_MONTHS("MOIS DE SCOLARITÉ", "MONTHS OF SCHOOLING"),
    SCHOOLING_START("Début scolarité", "Schooling starts"),
    SCHOOLING_END("Fin scolarité", "Schooling ends"),
    WEEKS("semaines", "weeks"),
    CORPS_CONCERNED("Cadres d'emplois concernés", "Corps concerned"),
    OBJECTIVES("Objectifs du stage", "Objectives"),
    DURATION("Durée et période", "Duration and period"),
    ARRANGEMENTS("Modalités", "Arrangements"),
    DEADLINE("Dépôt des offres jusqu'au", "Offers accepted until"),
    TEAM("Équipe de %d élèves de cadres d'emplois différents ; collectivité de plus de %s habitants.",
            "A team of %d trainees from different corps; a local authority of more than %s inhabitants."),
    /** The seed's sentence (page "Projets collectifs"), with the amount and what it covers from the edition. */
    CONTRIBUTION("Une participation forfaitaire de %s € est demandée pour contribuer à %s.",
            "A flat contribution of €%s is requested towards %s."),
    YOUR_CONTACT("Votre contact à l'INET", "Your contact at INET"),
    KEEP_IN_TOUCH("Gardez le fil avec l'INET", "Keep in touch with INET"),
    TELEPHONE("Tél.", "Tel."),
    MOBILE("Port.", "Mobile"),
    PAGE("Page", "Page");

    private final LocalizedText text;

    Labels(String fr, String en) {
        this.text = LocalizedText.of(fr, en);
    }

    String in(Language language) {
        return text.in(language);
    }
}
