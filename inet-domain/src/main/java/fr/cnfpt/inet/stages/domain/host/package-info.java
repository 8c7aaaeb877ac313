/**
 * Host organisations: their kinds, locations (French départements and regions, or foreign
 * countries) and populations.
 */
package fr.cnfpt.inet.stages.domain.host;
