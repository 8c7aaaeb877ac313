/**
 * Public API: text written to the cells of CSV files and spreadsheets, safe to open in Excel or
 * LibreOffice. {@link fr.cnfpt.inet.stages.importer.export.SpreadsheetText} neutralises text a
 * spreadsheet would run as a formula; {@link fr.cnfpt.inet.stages.importer.export.CsvCells} writes
 * the cells of a CSV file (quoting and neutralisation), the one CSV cell writer of the project: the
 * statistics tables (inet-reporting) and the rejects file of {@code inet validate} and
 * {@code inet import} use it.
 */
package fr.cnfpt.inet.stages.importer.export;
