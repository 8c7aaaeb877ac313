/**
 * Trainees ("élèves") and their optional personal details, which never appear in logs or reports.
 */
package fr.cnfpt.inet.stages.domain.trainee;
