/**
 * Dated schedules per cohort year: public holidays, working weeks, internship periods and offer deadlines (issue 3).
 */
package fr.cnfpt.inet.stages.calendar;
