package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferDeadlinesTest {

    private final CohortSchedule schedule = Schedules.of(Editions.current()).forCohort(CohortYear.of(2026));

    /** As of 15 January 2026: the November deadline has passed, 30 January is due soon, 16 February is open. */
    @Test
    void judgesEachDeadlineAsOfAGivenDaySortedByDate() {
        List<OfferDeadlines.Deadline> deadlines = OfferDeadlines.asOf(schedule, LocalDate.of(2026, 1, 15));
        assertThat(deadlines).extracting(OfferDeadlines.Deadline::deadline).isSorted();
        assertThat(deadlines).hasSize(8);
        assertThat(deadlines.get(0)).satisfies(d -> {
            assertThat(d.deadline()).isEqualTo(LocalDate.of(2025, 11, 24));
            assertThat(d.status()).isEqualTo(DeadlineStatus.PASSED);
        });
        assertThat(deadlines).filteredOn(d -> d.deadline().equals(LocalDate.of(2026, 1, 30)))
                .extracting(OfferDeadlines.Deadline::corps, OfferDeadlines.Deadline::type, OfferDeadlines.Deadline::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Corps.CONSERVATEUR_BIBLIOTHEQUES, InternshipType.THEMATIQUE,
                        DeadlineStatus.DUE_SOON), org.assertj.core.groups.Tuple.tuple(Corps.INGENIEUR_EN_CHEF,
                        InternshipType.OBSERVATION, DeadlineStatus.DUE_SOON));
        assertThat(deadlines).filteredOn(d -> d.deadline().equals(LocalDate.of(2026, 2, 16)))
                .extracting(OfferDeadlines.Deadline::status).containsExactly(DeadlineStatus.OPEN);
    }

    /** "Dépôt des offres : date non communiquée": ouverture, professionnalisation and perfectionnement. */
    @Test
    void listsTheInternshipsWhoseDeadlineIsNotGiven() {
        assertThat(OfferDeadlines.notGiven(schedule)).extracting(ScheduledInternship::corps, ScheduledInternship::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Corps.ADMINISTRATEUR, InternshipType.OUVERTURE),
                        org.assertj.core.groups.Tuple.tuple(Corps.ADMINISTRATEUR, InternshipType.PROFESSIONNALISATION),
                        org.assertj.core.groups.Tuple.tuple(Corps.CONSERVATEUR_BIBLIOTHEQUES, InternshipType.OUVERTURE),
                        org.assertj.core.groups.Tuple.tuple(Corps.CONSERVATEUR_BIBLIOTHEQUES,
                                InternshipType.PROFESSIONNALISATION),
                        org.assertj.core.groups.Tuple.tuple(Corps.INGENIEUR_EN_CHEF, InternshipType.PERFECTIONNEMENT));
        assertThat(OfferDeadlines.notGiven(schedule).size() + OfferDeadlines.asOf(schedule, LocalDate.of(2026, 1, 15)).size())
                .as("every internship is in one list or the other").isEqualTo((int) schedule.internships().count());
    }

    @Test
    void countsTheDeadlineDayItselfAsDueSoon() {
        assertThat(OfferDeadlines.asOf(schedule, LocalDate.of(2026, 6, 19))).filteredOn(d -> d.type() == InternshipType.PROJET_COLLECTIF)
                .allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo(DeadlineStatus.DUE_SOON);
                    assertThat(d.daysLeft()).isZero();
                });
        assertThat(OfferDeadlines.asOf(schedule, LocalDate.of(2026, 6, 20))).allSatisfy(d ->
                assertThat(d.status()).isEqualTo(DeadlineStatus.PASSED));
    }
}
