/**
 * How the calendar reaches Jollyday, the same way on the module path as on the class path: not an
 * API. On the module path this package is exported to Jollyday's core only, which reads
 * {@link fr.cnfpt.inet.stages.calendar.internal.ExportedHolidayConfigurations} by reflection.
 */
package fr.cnfpt.inet.stages.calendar.internal;
