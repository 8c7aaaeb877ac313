package fr.cnfpt.inet.stages.calendar.ics;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The iCalendar export, read back by an independent parser (biweekly). */
class IcsExportTest {

    private static final Instant STAMP = Instant.parse("2025-09-01T00:00:00Z");
    private static final CohortSchedule SCHEDULE = Schedules.of(Editions.current()).forCohort(CohortYear.of(2026));

    private static String ics(Set<Corps> corps, Language language) {
        return IcsExport.of(SCHEDULE, corps, Editions.current(), language, STAMP);
    }

    private static List<VEvent> events(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).isNotNull();
        return calendar.getEvents();
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow();
    }

    /** 13 internships, 1 Tuesday-to-Saturday variant and 8 offer deadlines. */
    @Test
    void writesOneAllDayEventPerInternshipVariantAndDeadline() {
        List<VEvent> events = events(ics(EnumSet.allOf(Corps.class), Language.FR));
        assertThat(events).hasSize(22);
        assertThat(events).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
        VEvent observation = event(events, "2026-ADMINISTRATEUR-OBSERVATION-MONDAY_TO_FRIDAY@stages.inet.cnfpt.fr");
        assertThat(observation.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(observation.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(day(observation.getDateEnd().getValue())).as("exclusive end").isEqualTo(LocalDate.of(2026, 4, 25));
        VEvent variant = event(events, "2026-CONSERVATEUR_BIBLIOTHEQUES-OBSERVATION-TUESDAY_TO_SATURDAY@stages.inet.cnfpt.fr");
        assertThat(day(variant.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(day(variant.getDateEnd().getValue())).isEqualTo(LocalDate.of(2026, 4, 19));
        VEvent deadline = event(events, "2026-ADMINISTRATEUR-OBSERVATION-OFFER_DEADLINE@stages.inet.cnfpt.fr");
        assertThat(day(deadline.getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(deadline.getSummary().getValue()).startsWith("Date limite de dépôt des offres : Stage d'observation");
        assertThat(observation.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
    }

    @Test
    void givesTheSameBytesForTheSameInput() {
        assertThat(ics(EnumSet.allOf(Corps.class), Language.FR)).isEqualTo(ics(EnumSet.allOf(Corps.class), Language.FR));
    }

    @Test
    void endsLinesWithCrlfAndFoldsThemAtSeventyFiveOctets() {
        String ics = ics(EnumSet.allOf(Corps.class), Language.FR);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("PRODID:" + IcsExport.PRODUCT);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith(" ")) {
                assertThat(lines[i - 1].getBytes(StandardCharsets.UTF_8).length).as("a line is folded only when full: " + lines[i - 1])
                        .isGreaterThanOrEqualTo(72);
            }
        }
    }

    /** Long French summaries fold and unfold back with their accents. */
    @Test
    void keepsAccentsThroughFolding() {
        List<VEvent> events = events(ics(EnumSet.of(Corps.CONSERVATEUR_BIBLIOTHEQUES), Language.FR));
        VEvent professionnalisation = event(events,
                "2026-CONSERVATEUR_BIBLIOTHEQUES-PROFESSIONNALISATION-MONDAY_TO_FRIDAY@stages.inet.cnfpt.fr");
        assertThat(professionnalisation.getSummary().getValue()).isEqualTo(
                "Stage de professionnalisation – Élèves conservateurs et conservatrices territoriaux de bibliothèques"
                        + " (11 semaines)");
        assertThat(professionnalisation.getDescription().getValue()).isEqualTo(
                "Stage de professionnalisation, 11 semaines du 18 mai au 30 juillet 2027.");
    }

    /** Commas and semicolons in text are escaped and read back. */
    @Test
    void escapesTextValues() {
        String ics = ics(EnumSet.of(Corps.INGENIEUR_EN_CHEF), Language.EN);
        assertThat(ics).contains("\\,");
        VEvent perfectionnement = event(events(ics), "2026-INGENIEUR_EN_CHEF-PERFECTIONNEMENT-MONDAY_TO_FRIDAY@stages.inet.cnfpt.fr");
        assertThat(perfectionnement.getDescription().getValue()).isEqualTo("Advanced internship, 7 weeks from 1 February to 19 March 2027.");
    }

    @Test
    void saysWhenDatesAreProjected() {
        CohortSchedule projected = Schedules.of(Editions.current()).forCohort(CohortYear.of(2027));
        String ics = IcsExport.of(projected, EnumSet.of(Corps.ADMINISTRATEUR), Editions.current(), Language.FR, STAMP);
        assertThat(events(ics)).allSatisfy(e -> assertThat(e.getDescription().getValue()).endsWith("Dates prévisionnelles."));
    }
}
