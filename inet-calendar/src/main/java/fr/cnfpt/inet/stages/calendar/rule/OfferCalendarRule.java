package fr.cnfpt.inet.stages.calendar.rule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import java.util.List;

/**
 * A rule of the calendar on offers: like a brochure {@link fr.cnfpt.inet.stages.domain.rule.Rule},
 * described by its code, severity, field and source, but checked against a cohort's dated schedule
 * rather than an edition. It returns all its violations as values and never throws for a broken
 * rule.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public interface OfferCalendarRule {

    /**
     * Describes the rule: code, severity, field, statement and source.
     *
     * @return the description, not null
     */
    RuleDescription description();

    /**
     * Checks an offer against its cohort's schedule.
     *
     * @param offer  the offer, not null
     * @param schedule  the schedule of the offer's cohort, not null
     * @return the violations, empty if the offer complies, not null
     * @throws IllegalArgumentException if the schedule is not of the offer's cohort
     */
    List<Violation> check(Offer offer, CohortSchedule schedule);
}
