/**
 * Public API: compact in-memory structures for the checks and statistics that must remember a
 * million records while reading others.
 * {@link fr.cnfpt.inet.stages.importer.memory.CompactIndex} maps 64-bit keys (hashes of references
 * and ids) to {@code long} values; {@link fr.cnfpt.inet.stages.importer.memory.PackedOffer} and
 * {@link fr.cnfpt.inet.stages.importer.memory.PackedTrainee} are the one encoding of an accepted
 * offer and trainee in such a value, shared by the placement checks of the import and by the
 * statistics (inet-reporting).
 */
package fr.cnfpt.inet.stages.importer.memory;
