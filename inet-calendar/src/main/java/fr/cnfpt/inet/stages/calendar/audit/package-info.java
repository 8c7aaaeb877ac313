/**
 * The audit of an edition against its calendar: what the brochure's text says against the
 * dates computed from the calendar, the spellings of the corps, and the published errata, each
 * finding under a typed code ({@link fr.cnfpt.inet.stages.calendar.audit.AuditCode}).
 */
package fr.cnfpt.inet.stages.calendar.audit;
