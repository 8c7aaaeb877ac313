/**
 * The official calendars: INET's dated internships per cohort, built in
 * ({@code official-2026.json}) or read from a file a user gives, with every problem of such a file
 * reported ({@link fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem}) and its dates checked
 * against the holidays and working weeks.
 */
package fr.cnfpt.inet.stages.calendar.official;
