/**
 * The report SPI: a {@link fr.cnfpt.inet.stages.reporting.spi.ReportPlugin} writes one report
 * (the brochure, a statistical report) in the formats it supports, from the inputs of a
 * {@link fr.cnfpt.inet.stages.reporting.spi.ReportRequest};
 * {@link fr.cnfpt.inet.stages.reporting.spi.ReportRegistry} finds plugins with
 * {@link java.util.ServiceLoader} and rejects duplicate ids.
 */
package fr.cnfpt.inet.stages.reporting.spi;
