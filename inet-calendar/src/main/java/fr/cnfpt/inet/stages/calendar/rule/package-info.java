/**
 * The calendar's rules on offers: an offer checked against its cohort's dated schedule (the
 * internship's period, the deadline for offers), returning every violation as a value, as the
 * brochure's rules of {@link fr.cnfpt.inet.stages.domain.rule.OfferRules} do.
 * {@link fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules} is the entry point; whether an offer
 * is late is decided there only ({@link fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules#timing}).
 * <p>
 * Nothing here takes or returns null; no I/O, no clock.
 */
package fr.cnfpt.inet.stages.calendar.rule;
