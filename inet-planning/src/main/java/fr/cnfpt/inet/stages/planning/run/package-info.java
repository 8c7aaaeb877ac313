/**
 * The run of {@code inet plan}, callable by an embedding application with the same results as the
 * command: {@link fr.cnfpt.inet.stages.planning.run.PlanningRun} reads and checks the files of
 * {@link fr.cnfpt.inet.stages.planning.run.PlanningInputs} (offers, trainees, wishes, earlier placements,
 * exclusions, locked placements) through {@link fr.cnfpt.inet.stages.importer.run.ImportRun}, and the
 * {@link fr.cnfpt.inet.stages.planning.run.PlanningRecords} it returns make the
 * {@link fr.cnfpt.inet.stages.planning.PlanningProblem} of one internship type of one cohort
 * ({@link fr.cnfpt.inet.stages.planning.run.PlanningSetup}), which
 * {@link fr.cnfpt.inet.stages.planning.Planner} solves. The planner's core (package
 * {@code fr.cnfpt.inet.stages.planning}) reads no file and does not depend on this package.
 * Nothing here prints. Nothing in this package returns null.
 */
package fr.cnfpt.inet.stages.planning.run;
