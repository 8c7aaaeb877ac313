package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an offer against every rule: the domain's offer rules ({@link OfferRules}), then the
 * calendar's ({@link OfferCalendarRules}: the offer's days lie within the internship's period for
 * each corps it is open to, and it was submitted by the deadline) against its cohort's schedule,
 * computed once per cohort.
 */
final class OfferChecks {

    private final Edition edition;
    private final Schedules schedules;
    private final Map<CohortYear, Optional<CohortSchedule>> byCohort = new HashMap<>();

    OfferChecks(Edition edition, Schedules schedules) {
        this.edition = edition;
        this.schedules = schedules;
    }

    List<Finding> check(Offer offer) {
        List<Violation> violations = OfferRules.check(offer, edition);
        List<Finding> findings = new ArrayList<>(violations.size() + 2);
        add(offer, violations, findings);
        add(offer, schedule(offer.cohort()).map(schedule -> OfferCalendarRules.check(offer, schedule))
                .orElseGet(() -> List.of(OfferCalendarRules.cohortNotScheduled(offer.cohort()))), findings);
        return findings;
    }

    private static void add(Offer offer, List<Violation> violations, List<Finding> findings) {
        for (Violation violation : violations) {
            findings.add(Finding.of(violation, OfferValues.of(offer, violation.field())));
        }
    }

    private Optional<CohortSchedule> schedule(CohortYear cohort) {
        return byCohort.computeIfAbsent(cohort, year -> {
            try {
                return Optional.of(schedules.forCohort(year));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
