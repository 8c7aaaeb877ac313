/**
 * Host organisations: their kinds, locations (French départements and regions, or foreign
 * countries), populations, SIRET numbers and identities (to recognise a host met before).
 */
package fr.cnfpt.inet.stages.domain.host;
