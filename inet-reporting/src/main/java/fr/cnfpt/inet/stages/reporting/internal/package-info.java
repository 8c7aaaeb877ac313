/**
 * What this module's plugins share and no other module may use: the build-time template compiler
 * and the PDF exporter that sets the document's language.
 */
package fr.cnfpt.inet.stages.reporting.internal;
