/**
 * The iCalendar export of a cohort's schedule (RFC 5545): one event per internship and per
 * offer deadline, in French or English, stable identifiers, lines folded at 75 octets.
 */
package fr.cnfpt.inet.stages.calendar.ics;
