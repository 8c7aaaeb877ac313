package fr.cnfpt.inet.stages.calendar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit's catalogue: the calendar's checks (the calendar file's problems of the dates), the texts' checks, then
 * the edition's errata, and every finding reported by one of them.
 */
class AuditCodeTest {

    private final Edition edition = Editions.current();

    @Test
    void listsTheChecksThenTheEditionsErrata() {
        List<String> codes = AuditCode.all(edition).stream().map(AuditCode::code).toList();
        List<String> expected = new java.util.ArrayList<>(CalendarFileProblem.scheduleChecks().stream()
                .map(CalendarFileProblem::code).toList());
        List.of(AuditCheck.values()).forEach(check -> expected.add(check.code()));
        edition.errata().forEach(erratum -> expected.add(erratum.code()));
        assertThat(codes).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void checksACalendarWithTheCalendarFilesDefinitionsNotACopyOfThem() {
        assertThat(AuditCheck.values()).extracting(AuditCheck::code)
                .doesNotContainAnyElementsOf(CalendarFileProblem.all().stream().map(CalendarFileProblem::code).toList());
        assertThat(CalendarFileProblem.scheduleChecks()).extracting(CalendarFileProblem::code).containsExactly(
                "NOT_A_WORKING_DAY", "OUTSIDE_SCHOOLING", "CALENDAR_WEEKS_DIFFER", "DEADLINE_AFTER_START", "OVERLAP_OR_ORDER");
    }

    @Test
    void givesEveryFindingAMeaningAndAnActionInBothLanguages() {
        for (AuditCode code : AuditCode.all(edition)) {
            assertThat(List.of(code.meaning().fr(), code.meaning().en(), code.action().fr(), code.action().en()))
                    .as(code.code()).allMatch(text -> !text.isBlank());
        }
    }

    @Test
    void quotesTheErratumAndWhatTheEditionKeeps() {
        Erratum erratum = edition.errata().get(0);
        ErratumCode code = ErratumCode.of(erratum);
        assertThat(code.code()).isEqualTo(erratum.code());
        assertThat(code.meaning().fr()).contains(erratum.published());
        assertThat(code.action().en()).contains(erratum.retained().en());
    }

    @Test
    void reportsEveryFindingByADefinitionOfTheCatalogue() {
        List<AuditCode> catalogue = AuditCode.all(edition);
        assertThat(EditionAudit.of(edition, Schedules.of(edition)).audit(CohortYear.of(2026)))
                .isNotEmpty().extracting(AuditFinding::definition).allMatch(catalogue::contains);
    }
}
