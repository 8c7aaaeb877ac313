/**
 * Dated schedules per cohort year: {@link fr.cnfpt.inet.stages.calendar.Schedules} gives each
 * cohort's internships with their dates and offer deadlines, from the official calendar or projected
 * from the latest one; {@link fr.cnfpt.inet.stages.calendar.OfferDeadlines} lists the deadlines.
 * The subpackages hold the days ({@code days}), the official calendar files ({@code official}), the
 * edition audit ({@code audit}), the iCalendar export ({@code ics}) and the rules on offers
 * ({@code rule}).
 */
package fr.cnfpt.inet.stages.calendar;
