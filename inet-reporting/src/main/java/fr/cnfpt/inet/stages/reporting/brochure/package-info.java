/**
 * The yearly brochure "Accueillir un ou une élève en stage" as a report plugin: one semantic HTML
 * document written from the edition and the calendar ({@code BrochureDocument} and a class per part:
 * cover, chapters, timelines, back page), set in French or English typography ({@code Typography}),
 * styled by {@code brochure.css}, and laid out as a tagged, archival PDF by openhtmltopdf
 * ({@code BrochurePdf}) with the embedded Lato typeface ({@code BrochureFonts}).
 */
package fr.cnfpt.inet.stages.reporting.brochure;
