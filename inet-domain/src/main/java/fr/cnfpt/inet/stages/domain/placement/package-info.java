/**
 * Placements of trainees on offers, the trainees' ranked wishes for offers, and collective-project teams.
 */
package fr.cnfpt.inet.stages.domain.placement;
