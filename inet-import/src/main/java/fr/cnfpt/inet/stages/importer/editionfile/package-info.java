/**
 * Editions of the brochure as JSON data: {@link fr.cnfpt.inet.stages.importer.editionfile.EditionJson}
 * writes the built-in edition and reads a later one, so that a new edition needs no code change.
 */
package fr.cnfpt.inet.stages.importer.editionfile;
