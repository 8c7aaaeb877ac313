/**
 * {@code inet plan}: reads offers, trainees, wishes and earlier placements through the library's
 * import run, builds the planning problem of one internship type of one cohort, runs the planner
 * ({@code inet-planning}) and writes the plan's placements and figures; explains one trainee's
 * outcome on demand.
 */
package fr.cnfpt.inet.stages.cli.planning;
