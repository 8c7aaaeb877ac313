/**
 * Report plugins discovered with ServiceLoader: the printable brochure ({@code brochure}) and the
 * statistical reports (offers, trainees and placements, dashboard). The plugin contract is in
 * {@code spi}; the statistics are computed in {@code statistics}, laid out by the plugins of
 * {@code statistics.plugin} and written as JSON, CSV and XLSX by {@code tables}.
 */
package fr.cnfpt.inet.stages.reporting;
