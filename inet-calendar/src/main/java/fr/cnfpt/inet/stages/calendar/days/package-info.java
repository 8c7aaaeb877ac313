/**
 * Days: France's public holidays (with Alsace-Moselle's, from Jollyday), the working weeks a
 * corps may follow, and the counting of working days and calendar weeks over a period.
 */
package fr.cnfpt.inet.stages.calendar.days;
