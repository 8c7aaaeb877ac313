package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.DateSource;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.cli.console.TextBlock;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.PrintWriter;
import java.util.Set;

/** Prints a cohort's schedules as a readable table, dates in words. */
public final class ScheduleText {

    private static final LocalizedText COHORT = LocalizedText.of("Promotion", "Cohort");
    private static final LocalizedText SCHOOLING = LocalizedText.of("scolarité", "training");
    private static final LocalizedText OFFICIAL = LocalizedText.of("calendrier officiel", "official calendar");
    private static final LocalizedText PROJECTED = LocalizedText.of("dates prévisionnelles (projetées)", "provisional dates (projected)");
    private static final LocalizedText PARTLY = LocalizedText.of("calendrier officiel complété de dates prévisionnelles",
            "official calendar completed with provisional dates");
    private static final LocalizedText FOOTNOTE = LocalizedText.of(
            "* dates prévisionnelles, projetées du calendrier 2026-2027 (voir docs/calendar.md)",
            "* provisional dates, projected from the 2026-2027 calendar (see docs/calendar.md)");
    private static final LocalizedText WEEKS = LocalizedText.of("semaines", "weeks");
    private static final LocalizedText OFFERS = LocalizedText.of("Dépôt des offres jusqu'au ", "Offers by ");
    private static final LocalizedText NO_DEADLINE = LocalizedText.of("Dépôt des offres : date non communiquée",
            "Offer deadline: not given");

    private final PrintWriter out;
    private final Language language;
    private final Edition edition;

    ScheduleText(PrintWriter out, Language language, Edition edition) {
        this.out = out;
        this.language = language;
        this.edition = edition;
    }

    void print(CohortSchedule schedule, Set<Corps> corps) {
        LocalizedText basis = schedule.isOfficial() ? OFFICIAL : schedule.isProjected() ? PROJECTED : PARTLY;
        out.println(COHORT.in(language) + " " + schedule.cohort() + " (" + SCHOOLING.in(language) + " "
                + schedule.cohort().schoolingYears() + "): " + basis.in(language));
        if (!schedule.isOfficial()) {
            out.println(FOOTNOTE.in(language));
        }
        for (CorpsSchedule corpsSchedule : schedule.schedules()) {
            if (!corps.contains(corpsSchedule.corps())) {
                continue;
            }
            out.println();
            out.println(edition.profile(corpsSchedule.corps()).trainees().in(language) + " (" + corpsSchedule.corps() + ")");
            corpsSchedule.schooling().ifPresentOrElse(
                    s -> out.println("  " + capitalized(SCHOOLING.in(language)) + " " + DatesInWords.period(s, language)),
                    () -> new TextBlock(out).wrapped("  ", edition.profile(corpsSchedule.corps()).placementNote()
                            .map(n -> n.in(language)).orElse("")));
            for (ScheduledInternship internship : corpsSchedule.internships()) {
                printInternship(internship);
            }
        }
    }

    private void printInternship(ScheduledInternship internship) {
        String name = edition.catalogue().definition(internship.type()).map(d -> d.name().in(language))
                .orElse(internship.type().code());
        String period = internship.variants().isEmpty() ? DatesInWords.period(internship.period(), language)
                : DatesInWords.eitherPeriod(internship.period(), internship.variants().get(0).period(), language);
        out.println(String.format("  %d. %-31s %2d %-9s %s%s", internship.rank(), name, internship.weeks().value(),
                WEEKS.in(language), period, internship.source() == DateSource.PROJECTED ? " *" : ""));
        out.println(" ".repeat(50) + internship.offerDeadline().map(d -> OFFERS.in(language) + DatesInWords.date(d, language))
                .orElse(NO_DEADLINE.in(language)));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
