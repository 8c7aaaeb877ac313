/**
 * Texts in French and English: every label and sentence of the domain is a
 * {@link fr.cnfpt.inet.stages.domain.text.LocalizedText}.
 */
package fr.cnfpt.inet.stages.domain.text;
