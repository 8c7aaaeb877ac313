/**
 * What this module's plugins share and no other module may use: the build-time template compiler,
 * the loader of the compiled templates from this jar, the PDF exporter that sets the document's
 * language, and the PDF/A-2b settings of the statistics reports.
 */
package fr.cnfpt.inet.stages.reporting.internal;
