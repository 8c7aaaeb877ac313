/**
 * The commands that write reports: {@code inet stats} and {@code inet brochure}, over the library's
 * runs ({@code reporting.run}), and {@code inet plugins}; the plugins, their ids and formats are
 * found through the report SPI by family, never by a literal id.
 */
package fr.cnfpt.inet.stages.cli.report;
