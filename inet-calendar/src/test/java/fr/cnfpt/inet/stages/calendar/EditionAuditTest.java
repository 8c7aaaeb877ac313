package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.editions.Editions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit lists the 2026-2027 brochure's inconsistencies, with where they are. */
class EditionAuditTest {

    private final Schedules schedules = Schedules.of(Editions.current());
    private final EditionAudit audit = EditionAudit.of(Editions.current(), schedules);

    @Test
    void findsTheBrochuresInconsistencies() {
        List<AuditFinding> findings = audit.audit(CohortYear.of(2026));
        assertThat(findings).extracting(AuditFinding::code).containsExactly(
                "PROFESSIONNALISATION_WEEKS_CONSERVATEURS", "CONTACT_EMAIL_MISPRINT", "INGENIEURS_INCLUSIVE_FORM",
                "INGENIEURS_END_OF_SCHOOLING_MONTH", "CALENDAR_WEEKS_DIFFER");
    }

    /** "9 semaines du 12 octobre au 18 décembre 2026" spans 10 calendar weeks, for the three corps at once. */
    @Test
    void reportsTheCollectiveProjectsTenCalendarWeeksOnceForTheThreeCorps() {
        AuditFinding weeks = audit.audit(CohortYear.of(2026)).stream()
                .filter(f -> f.code().equals("CALENDAR_WEEKS_DIFFER")).findFirst().orElseThrow();
        assertThat(weeks.location().fr()).isEqualTo("Projet collectif, 2026-10-12/2026-12-18"
                + " (ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES, INGENIEUR_EN_CHEF)");
        assertThat(weeks.message().en()).contains("9 declared weeks").contains("10 calendar weeks");
    }

    /** The summary table's 13 weeks against the detailed table's "11 semaines du 18 mai au 30 juillet 2027". */
    @Test
    void reportsTheSummaryTablesThirteenWeeksForTheLibraryCurators() {
        assertThat(audit.audit(CohortYear.of(2026))).filteredOn(f -> f.code().equals("PROFESSIONNALISATION_WEEKS_CONSERVATEURS"))
                .singleElement().satisfies(f -> assertThat(f.message().fr()).contains("13 semaines").contains("11 semaines"));
    }

    @Test
    void reportsADeadlineAfterItsInternshipStarts() throws IOException {
        String json = "{\"cohort\": 2027, \"schedules\": [{\"corps\": \"INGENIEUR_EN_CHEF\", \"stages\": [{\"type\":"
                + " \"OBSERVATION\", \"start\": \"2027-05-31\", \"end\": \"2027-06-18\", \"offerDeadline\": \"2027-06-01\"}]}]}";
        OfficialCalendarReader.Result read = OfficialCalendarReader.of(Editions.current(), PublicHolidays.metropolitanFrance())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.problems()).extracting(CalendarProblem::code).contains("DEADLINE_AFTER_START");
    }

    @Test
    void findsNothingWrongInAProjectedCohortButTheCollectiveProjectsExtraWeek() {
        assertThat(audit.audit(CohortYear.of(2030))).extracting(AuditFinding::code).containsExactly("CALENDAR_WEEKS_DIFFER");
    }
}
