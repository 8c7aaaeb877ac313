/**
 * The runs of {@code inet stats} and {@code inet brochure}, callable by an embedding application
 * with the same results as the command:
 * {@link fr.cnfpt.inet.stages.reporting.run.StatisticsRun} reads and checks files of offers, trainees
 * and placements (through {@link fr.cnfpt.inet.stages.importer.run.ImportRun}) and collects their
 * {@link fr.cnfpt.inet.stages.reporting.statistics.Statistics}, from which any statistics plugin writes its
 * report; {@link fr.cnfpt.inet.stages.reporting.run.BrochureRun} writes the brochure of a cohort.
 * Nothing here prints. Nothing in this package returns null.
 */
package fr.cnfpt.inet.stages.reporting.run;
