/**
 * The catalogue of every code a run can report, in one list: the brochure's rules, the calendar's
 * rules on offers, the importers' data problems, the problems of a calendar file and the findings of
 * the edition audit ({@link fr.cnfpt.inet.stages.importer.catalogue.RuleCatalogue}). It is what
 * {@code inet rules} prints. Nothing in this package returns or accepts null.
 */
package fr.cnfpt.inet.stages.importer.catalogue;
