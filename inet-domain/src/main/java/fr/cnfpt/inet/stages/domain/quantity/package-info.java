/**
 * Quantities with their unit: weeks, months, hours and euros, so that no duration or amount is a
 * bare number.
 */
package fr.cnfpt.inet.stages.domain.quantity;
