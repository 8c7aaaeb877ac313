/**
 * The run that reads and checks files of offers, trainees and placements, as {@code inet validate},
 * {@code inet import} and {@code inet stats} do, callable by an embedding application:
 * {@link fr.cnfpt.inet.stages.importer.run.ImportRun} reads {@link fr.cnfpt.inet.stages.importer.run.ImportFile}s
 * with the {@link fr.cnfpt.inet.stages.importer.run.ReadingOptions}, passes each accepted record to the
 * caller's {@link fr.cnfpt.inet.stages.importer.spi.RowSink} and returns an
 * {@link fr.cnfpt.inet.stages.importer.run.ImportResult}, whose
 * {@link fr.cnfpt.inet.stages.importer.run.WriteDecision} says whether what was read may be written.
 * Nothing here prints. Nothing in this package returns null; parameters that may be null say so.
 */
package fr.cnfpt.inet.stages.importer.run;
