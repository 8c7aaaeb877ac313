/**
 * The statistics report plugins ({@code offers}, {@code placements}, {@code dashboard}), the plan report
 * ({@code plan}, from a placement plan's summary) and their
 * PDF and HTML layout: the {@code statistics.jasper} template of this jar, with charts drawn by
 * JFreeChart.
 */
package fr.cnfpt.inet.stages.reporting.statistics.plugin;
