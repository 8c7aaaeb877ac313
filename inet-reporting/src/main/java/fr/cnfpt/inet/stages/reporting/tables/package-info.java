/**
 * Writes statistics tables as JSON (codes), CSV (one file, long form) and XLSX (a sheet per table,
 * numeric cells), text protected against formula injection; {@link
 * fr.cnfpt.inet.stages.reporting.tables.CellText} gives the text of a cell for PDF and HTML.
 */
package fr.cnfpt.inet.stages.reporting.tables;
