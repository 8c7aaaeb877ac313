/**
 * The statistics of a dataset of offers, trainees and placements, computed in one pass
 * ({@link fr.cnfpt.inet.stages.reporting.statistics.StatisticsCollector}) and turned into the tables of
 * each report ({@link fr.cnfpt.inet.stages.reporting.statistics.OffersTables},
 * {@link fr.cnfpt.inet.stages.reporting.statistics.PlacementsTables},
 * {@link fr.cnfpt.inet.stages.reporting.statistics.DashboardTables}): codes and numbers, with counts of
 * people under the privacy threshold withheld. No I/O; no name or id is kept.
 */
package fr.cnfpt.inet.stages.reporting.statistics;
