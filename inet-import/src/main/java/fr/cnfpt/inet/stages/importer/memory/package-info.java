/**
 * Compact in-memory structures for the checks and statistics that must remember a million records
 * while reading others: {@link fr.cnfpt.inet.stages.importer.memory.CompactIndex}.
 */
package fr.cnfpt.inet.stages.importer.memory;
