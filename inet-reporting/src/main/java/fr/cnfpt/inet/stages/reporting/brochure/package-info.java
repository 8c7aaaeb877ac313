/**
 * The yearly brochure "Accueillir un ou une élève en stage" as a report plugin: its content from the
 * edition and the calendar ({@code BrochureContent}), its layout ({@code brochure.jasper}) and export.
 */
package fr.cnfpt.inet.stages.reporting.brochure;
