/**
 * What this module's plugins share and no other module may use: the build-time template compiler,
 * the loader of the compiled templates from this jar, and the PDF exporter that sets the document's
 * language.
 */
package fr.cnfpt.inet.stages.reporting.internal;
