/**
 * Placements of trainees on offers.
 */
package fr.cnfpt.inet.stages.domain.placement;
