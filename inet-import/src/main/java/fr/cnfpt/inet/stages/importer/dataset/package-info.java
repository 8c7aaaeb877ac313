/**
 * Public API: the normalised dataset, the accepted records of a run as JSON Lines, one file per kind
 * of record ({@code offers.jsonl}, {@code trainees.jsonl}, {@code placements.jsonl}; the fields are
 * listed in {@code docs/formats.md}, "The normalised dataset").
 * {@link fr.cnfpt.inet.stages.importer.dataset.DatasetWriter} writes records of any kind to a stream;
 * {@link fr.cnfpt.inet.stages.importer.dataset.DatasetReader} reads a file back into domain records,
 * as lists or record by record, reporting each line it cannot read as a
 * {@link fr.cnfpt.inet.stages.importer.spi.Problem} (bad data never throws);
 * {@link fr.cnfpt.inet.stages.importer.dataset.DatasetFolder} reads and writes a whole folder as a
 * {@link fr.cnfpt.inet.stages.importer.dataset.Dataset}. Trainees in a dataset have no personal
 * details: ids, corps and cohorts only.
 * <p>
 * Arguments and results are never null.
 */
package fr.cnfpt.inet.stages.importer.dataset;
