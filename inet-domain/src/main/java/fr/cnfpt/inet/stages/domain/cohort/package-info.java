/**
 * Cohorts of trainees, named by the year their schooling starts.
 */
package fr.cnfpt.inet.stages.domain.cohort;
