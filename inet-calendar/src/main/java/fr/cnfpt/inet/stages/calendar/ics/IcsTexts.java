package fr.cnfpt.inet.stages.calendar.ics;

import fr.cnfpt.inet.stages.calendar.DateSource;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.time.LocalDate;

/** The summaries and descriptions of the iCalendar events, in French or English. */
final class IcsTexts {

    private final Edition edition;
    private final Language language;

    IcsTexts(Edition edition, Language language) {
        this.edition = edition;
        this.language = language;
    }

    String summary(ScheduledInternship internship, WorkweekPeriod period) {
        String workweek = internship.variants().isEmpty() ? "" : period.workweek() == Workweek.MONDAY_TO_FRIDAY
                ? (fr() ? " (du lundi au vendredi)" : " (Monday to Friday)")
                : (fr() ? " (du mardi au samedi)" : " (Tuesday to Saturday)");
        return name(internship) + " – " + trainees(internship) + " (" + internship.weeks().value()
                + (fr() ? " semaines)" : " weeks)") + workweek;
    }

    String description(ScheduledInternship internship, WorkweekPeriod period) {
        return name(internship) + ", " + internship.weeks().value() + (fr() ? " semaines " : " weeks ")
                + DatesInWords.period(period.period(), language) + "." + provisional(internship);
    }

    String deadlineSummary(ScheduledInternship internship) {
        return (fr() ? "Date limite de dépôt des offres : " : "Offer deadline: ") + name(internship) + " – "
                + trainees(internship);
    }

    String deadlineDescription(ScheduledInternship internship, LocalDate deadline) {
        return (fr() ? "Dépôt des offres jusqu'au " : "Offers by ") + DatesInWords.date(deadline, language) + " ("
                + name(internship) + ", " + DatesInWords.period(internship.period(), language) + ")."
                + provisional(internship);
    }

    private String provisional(ScheduledInternship internship) {
        return internship.source() == DateSource.PROJECTED
                ? (fr() ? " Dates prévisionnelles." : " Provisional dates.") : "";
    }

    private String name(ScheduledInternship internship) {
        return edition.catalogue().definition(internship.type()).map(d -> d.name().in(language))
                .orElse(internship.type().code());
    }

    private String trainees(ScheduledInternship internship) {
        return edition.profile(internship.corps()).trainees().in(language);
    }

    private boolean fr() {
        return language == Language.FR;
    }
}
