package fr.cnfpt.inet.stages.calendar.rule;

import static fr.cnfpt.inet.stages.domain.corps.Corps.ADMINISTRATEUR;
import static fr.cnfpt.inet.stages.domain.corps.Corps.CONSERVATEUR_BIBLIOTHEQUES;
import static fr.cnfpt.inet.stages.domain.corps.Corps.INGENIEUR_EN_CHEF;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.OBSERVATION;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.OUVERTURE;
import static fr.cnfpt.inet.stages.domain.internship.InternshipType.THEMATIQUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar's rules on offers against the brochure's 2026-2027 calendar (the seed's "Durée et période" cells). */
class OfferCalendarRulesTest {

    private static final Schedules SCHEDULES = Schedules.of(Editions.current());
    private static final CohortSchedule COHORT_2026 = SCHEDULES.forCohort(CohortYear.of(2026));

    /** "Dépôt des offres jusqu'au 24 novembre 2025" (administrateurs' observation): the 24th is still on time. */
    @ParameterizedTest(name = "{0} {1} submitted {2}: {3}")
    @CsvSource({
        // "4 semaines du 30 mars au 24 avril 2026 / Dépôt des offres jusqu'au 24 novembre 2025"
        "ADMINISTRATEUR, OBSERVATION, 2025-11-24, ON_TIME",
        "ADMINISTRATEUR, OBSERVATION, 2025-11-25, LATE",
        // "3 semaines du 1er au 19 juin 2026 / Dépôt des offres jusqu'au 30 janvier 2026"
        "INGENIEUR_EN_CHEF, OBSERVATION, 2026-01-30, ON_TIME",
        "INGENIEUR_EN_CHEF, OBSERVATION, 2026-01-31, LATE",
        // "7 semaines du 26 mai au 10 juillet 2026 / Dépôt des offres jusqu'au 16 février 2026" (administrateurs)
        "ADMINISTRATEUR, THEMATIQUE, 2026-02-16, ON_TIME",
        // "... Dépôt des offres jusqu'au 30 janvier 2026" (conservateurs de bibliothèques)
        "CONSERVATEUR_BIBLIOTHEQUES, THEMATIQUE, 2026-02-16, LATE",
        // "9 semaines du 12 octobre au 18 décembre 2026 / Dépôt des offres jusqu'au 19 juin 2026"
        "INGENIEUR_EN_CHEF, PROJET_COLLECTIF, 2026-06-20, LATE",
        // "4 semaines du 1er au 26 février 2027": no deadline given
        "ADMINISTRATEUR, OUVERTURE, 2027-01-31, NO_DEADLINE",
        // the ingénieurs en chef have no thématique
        "INGENIEUR_EN_CHEF, THEMATIQUE, 2026-06-20, NO_DEADLINE",
        // placed by the INP: no internship in INET's schedule
        "CONSERVATEUR_PATRIMOINE, OBSERVATION, 2026-06-20, NO_DEADLINE",
    })
    void judgesTheSubmissionAgainstTheDeadlineOfEachCorps(Corps corps, InternshipType type, LocalDate submitted,
            SubmissionTiming expected) {
        Offer offer = OfferCalendarFixture.offer(type, corps).submitted(submitted).build();

        assertThat(OfferCalendarRules.timing(offer, corps, COHORT_2026)).isEqualTo(expected);
    }

    @Test
    void warnsOnceOfAnOfferLateForSeveralCorpsWithTheEarliestDeadline() {
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES, INGENIEUR_EN_CHEF)
                .submitted(LocalDate.of(2025, 12, 1)).build();

        List<Violation> violations = OfferCalendarRules.check(offer, COHORT_2026);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code().value()).isEqualTo("OFFER_SUBMITTED_LATE");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.field()).isEqualTo("submitted");
            assertThat(v.message().fr()).isEqualTo("Offre déposée le 1er décembre 2025, après la date limite du"
                    + " 24 novembre 2025 (ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES) : l'INET la traitera si des élèves"
                    + " restent à placer.");
            assertThat(v.message().en()).isEqualTo("Offer submitted on 1 December 2025, after the deadline of"
                    + " 24 November 2025 (ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES): INET will consider it if"
                    + " trainees remain to be placed.");
        });
    }

    @Test
    void acceptsAnOfferSubmittedOnTheDeadlineWithinThePeriod() {
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR).submitted(LocalDate.of(2025, 11, 24))
                .period(DateRange.ofClosed(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 24))).build();

        assertThat(OfferCalendarRules.check(offer, COHORT_2026)).isEmpty();
    }

    @Test
    void rejectsDaysOutsideThePeriodOfEachCorpsItDoesNotFit() {
        // June fits the ingénieurs en chef ("du 1er au 19 juin 2026"), not the administrateurs ("du 30 mars au 24 avril")
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR, INGENIEUR_EN_CHEF)
                .period(DateRange.ofClosed(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 19))).build();

        assertThat(OfferCalendarRules.check(offer, COHORT_2026)).singleElement().satisfies(v -> {
            assertThat(v.code().value()).isEqualTo("PERIOD_OUTSIDE_WINDOW");
            assertThat(v.isError()).isTrue();
            assertThat(v.field()).isEqualTo("firstDay");
            assertThat(v.message().fr()).isEqualTo("Pour les ADMINISTRATEUR de la promotion 2026, ce stage a lieu du"
                    + " 30 mars au 24 avril 2026 ; l'offre va du 1er au 19 juin 2026 : corrigez les dates, ou"
                    + " laissez-les vides.");
            assertThat(v.message().en()).isEqualTo("For ADMINISTRATEUR of cohort 2026, this internship takes place from"
                    + " 30 March to 24 April 2026; the offer runs from 1 to 19 June 2026: correct the dates, or leave"
                    + " them empty.");
        });
    }

    @Test
    void takesEitherWorkweekOfTheLibraryCuratorsObservation() {
        // "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026": Tuesday 31 March to Saturday 18 April fits
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, CONSERVATEUR_BIBLIOTHEQUES)
                .period(DateRange.ofClosed(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 18))).build();

        assertThat(OfferCalendarRules.check(offer, COHORT_2026)).isEmpty();
    }

    @Test
    void reportsEveryViolationNotTheFirst() {
        Offer offer = OfferCalendarFixture.offer(THEMATIQUE, ADMINISTRATEUR).submitted(LocalDate.of(2026, 3, 1))
                .period(DateRange.ofClosed(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).build();

        assertThat(OfferCalendarRules.check(offer, COHORT_2026)).extracting(v -> v.code().value())
                .containsExactly("PERIOD_OUTSIDE_WINDOW", "OFFER_SUBMITTED_LATE");
    }

    @Test
    void neverFindsLateAnInternshipWhoseDeadlineIsNotGiven() {
        Offer offer = OfferCalendarFixture.offer(OUVERTURE, ADMINISTRATEUR).submitted(LocalDate.of(2027, 1, 31)).build();

        assertThat(OfferCalendarRules.check(offer, COHORT_2026)).isEmpty();
    }

    @Test
    void computesTheCohortsScheduleWhenGivenTheSchedules() {
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR).submitted(LocalDate.of(2025, 11, 25)).build();

        assertThat(OfferCalendarRules.check(offer, SCHEDULES)).isEqualTo(OfferCalendarRules.check(offer, COHORT_2026));
    }

    @Test
    void saysWhenACohortHasNoCalendar() {
        Violation violation = OfferCalendarRules.cohortNotScheduled(CohortYear.of(2031));

        assertThat(violation.code().value()).isEqualTo("COHORT_NOT_SCHEDULED");
        assertThat(violation.severity()).isEqualTo(Severity.WARNING);
        assertThat(violation.field()).isEqualTo("cohort");
        assertThat(violation.message().en()).isEqualTo("Cohort 2031 has no calendar: the offer's dates are not checked.");
    }

    @Test
    void refusesTheScheduleOfAnotherCohort() {
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR).build();
        CohortSchedule cohort2027 = SCHEDULES.forCohort(CohortYear.of(2027));

        assertThatThrownBy(() -> OfferCalendarRules.check(offer, cohort2027))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026").hasMessageContaining("2027");
    }

    @Test
    void returnsViolationsThatCannotBeChanged() {
        Offer offer = OfferCalendarFixture.offer(OBSERVATION, ADMINISTRATEUR).submitted(LocalDate.of(2025, 11, 25)).build();
        List<Violation> violations = OfferCalendarRules.check(offer, COHORT_2026);

        assertThatThrownBy(() -> violations.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> OfferCalendarRules.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describesEveryCalendarRuleWithItsSource() {
        assertThat(OfferCalendarRules.all()).extracting(r -> r.description().code().value())
                .containsExactly("PERIOD_OUTSIDE_WINDOW", "OFFER_SUBMITTED_LATE");
        assertThat(OfferCalendarRules.descriptions()).extracting(d -> d.code().value())
                .containsExactly("PERIOD_OUTSIDE_WINDOW", "OFFER_SUBMITTED_LATE", "COHORT_NOT_SCHEDULED");
        assertThat(OfferCalendarRules.SUBMITTED_BY_DEADLINE.description().source())
                .isEqualTo("Dépôt des offres jusqu'au 24 novembre 2025");
        assertThat(OfferCalendarRules.descriptions()).extracting(RuleDescription::source).allMatch(s -> !s.isBlank());
    }
}
