/**
 * The importer SPI: an {@link fr.cnfpt.inet.stages.importer.spi.Importer} reads one file format
 * into domain records and problems, row by row; {@link fr.cnfpt.inet.stages.importer.spi.ImporterRegistry}
 * finds importers with {@link java.util.ServiceLoader} and rejects duplicate ids.
 */
package fr.cnfpt.inet.stages.importer.spi;
