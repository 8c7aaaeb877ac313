/**
 * Internship offers sent by host organisations.
 */
package fr.cnfpt.inet.stages.domain.offer;
