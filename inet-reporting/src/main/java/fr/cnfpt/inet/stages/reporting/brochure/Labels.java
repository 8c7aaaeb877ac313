package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The brochure's own wording: headings, table labels and captions that belong to its layout rather
 * than to the edition's content, in French (as in the 2026-2027 brochure) and English (with the
 * glossary's terms). Texts are stored with plain characters; {@link Typography} sets them.
 */
enum Labels {
    CONTENTS("Sommaire", "Contents"),
    KICKER("Élèves en formation à l'INET", "INET trainees"),
    PROJECTED_DATES("Dates prévisionnelles : le calendrier officiel de cette promotion n'est pas encore publié.",
            "Provisional dates: the official calendar of this cohort is not published yet."),
    PROJECTED_SHORT("Dates prévisionnelles", "Provisional dates"),
    EDITION("Édition", "Edition"),
    TRAINING("En quoi consiste la formation initiale à l'INET ?", "What does initial training at INET involve?"),
    DOUBLE_OBJECTIVE("Un double objectif", "A twofold objective"),
    PRINCIPLES("Des principes communs à tous les cadres d'emplois", "Principles common to all career groups"),
    PROFESSIONALISING("Une formation professionnalisante", "A professionalising training"),
    PARCOURS("parcours de formation", "training tracks"),
    ITINERAIRES("itinéraires transversaux", "cross-cutting tracks"),
    FOR_TRAINEES("pour les %s", "for %s"),
    PERIODS("Quelles sont les périodes de stages ?", "When do the internships take place?"),
    CONTACT("Contact", "Contact"),
    DEADLINES("Les dates limites de dépôt des offres", "Deadlines for offers"),
    DEADLINE_COLUMN("Dépôt des offres jusqu'au", "Offers accepted until"),
    INTERNSHIP_COLUMN("Stage", "Internship"),
    TRAINEES_COLUMN("Élèves concernés", "Trainees"),
    PERIOD_COLUMN("Période", "Period"),
    NO_DEADLINE("Date non communiquée", "Date not announced"),
    NOTE("À noter :", "Please note:"),
    SUMMARY("Les stages de chaque cadre d'emplois", "Internships by career group"),
    TIMELINE("Les opportunités de stages au cours de la scolarité", "Internship opportunities during the training programme"),
    SCHOOLING_OF("Scolarité de %d mois, %s", "%d-month training programme, %s"),
    SCHOOLING_MONTHS("%d MOIS DE SCOLARITÉ", "%d-MONTH TRAINING PROGRAMME"),
    SCHOOLING_START("Début scolarité", "Training starts"),
    SCHOOLING_END("Fin scolarité", "Training ends"),
    SCHOOLING("Scolarité", "Training"),
    LEGEND("Légende", "Key"),
    DEADLINE_MARK("Date limite de dépôt des offres", "Deadline for offers"),
    WEEKS("semaines", "weeks"),
    AT_A_GLANCE("En bref", "At a glance"),
    CORPS_CONCERNED("Cadres d'emplois concernés", "Career groups"),
    OBJECTIVES("Objectifs du stage", "Objectives"),
    DURATION("Durée et période", "Duration and period"),
    ARRANGEMENTS("Modalités", "Arrangements"),
    DEADLINE("Dépôt des offres jusqu'au", "Offers accepted until"),
    FIGURES("Les projets collectifs en chiffres", "Collective projects in figures"),
    FIGURE_TEAM("élèves par équipe, de cadres d'emplois différents", "trainees per team, from different career groups"),
    FIGURE_WEEKS("semaines de mission", "weeks of work"),
    FIGURE_CONTRIBUTION("de participation forfaitaire", "flat contribution"),
    FIGURE_POPULATION("habitants : la taille de collectivité minimale", "inhabitants: the smallest local authority"),
    FIGURE_DEADLINE("date limite de dépôt des offres", "deadline for offers"),
    MORE_THAN("plus de %s", "more than %s"),
    EURO_AMOUNT("%s €", "€%s"),
    TEAM("Équipe de %d élèves de cadres d'emplois différents ; collectivité de plus de %s habitants.",
            "A team of %d trainees from different career groups; a local authority of more than %s inhabitants."),
    /** The seed's sentence (page "Projets collectifs"), with the amount and what it covers from the edition. */
    CONTRIBUTION("Une participation forfaitaire de %s € est demandée pour contribuer à %s.",
            "A flat contribution of €%s is requested towards %s."),
    ABOUT("L'INET en bref", "About INET"),
    KEY_FIGURES("L'INET en chiffres", "INET in figures"),
    FOREIGN("Pour les institutions étrangères", "For foreign institutions"),
    INTERNATIONAL_MISSION("La mission Europe et international", "The European and International Mission"),
    YOUR_CONTACT("Votre contact à l'INET", "Your contact at INET"),
    KEEP_IN_TOUCH("Gardez le fil avec l'INET", "Keep in touch with INET"),
    ADDRESS("Adresse", "Address"),
    SWITCHBOARD("Standard", "Switchboard"),
    WEBSITE("Site", "Website"),
    TELEPHONE("Tél.", "Tel."),
    MOBILE("Port.", "Mobile"),
    EMAIL("Courriel", "E-mail"),
    PAGE("Page", "Page"),
    AND(" et ", " and ");

    private final LocalizedText text;

    Labels(String fr, String en) {
        this.text = LocalizedText.of(fr, en);
    }

    /**
     * @param language  the language, not null
     * @return the label in that language, not null
     */
    String in(Language language) {
        return text.in(language);
    }

    /**
     * @param language  the language, not null
     * @param arguments  the values of the label's {@code %} placeholders
     * @return the label in that language, its placeholders filled, not null
     */
    String format(Language language, Object... arguments) {
        return String.format(language.locale(), text.in(language), arguments);
    }
}
