/**
 * Internship types and, per corps, the internships an edition defines: durations, objectives,
 * arrangements, examples and what hosting brings the host.
 */
package fr.cnfpt.inet.stages.domain.internship;
