/**
 * Contact details: e-mail addresses and telephone numbers.
 */
package fr.cnfpt.inet.stages.domain.contact;
