/**
 * Report plugins (the printable brochure, statistics) discovered with ServiceLoader (issues 5 and 6).
 */
package fr.cnfpt.inet.stages.reporting;
