/**
 * Report plugins discovered with ServiceLoader: the printable brochure ({@code brochure}) and the
 * statistical reports ({@code statistics}: offers, trainees and placements, dashboard). The plugin
 * contract is in {@code spi}; the statistics are computed in {@code stats} and written as JSON, CSV
 * and XLSX by {@code tables}.
 */
package fr.cnfpt.inet.stages.reporting;
