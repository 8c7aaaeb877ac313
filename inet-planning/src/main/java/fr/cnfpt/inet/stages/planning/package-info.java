/**
 * The placement planner: one internship type of one cohort, the eligible trainees, the offers with their
 * places, the trainees' ranked wishes, the hosts of their history and exclusions, and the coordinator's
 * pinned placements, into placements that reach the proven optimum of a documented objective
 * ({@link fr.cnfpt.inet.stages.planning.Planner}), with an explanation for each trainee.
 * <p>
 * Every public type is immutable and thread-safe; no method returns {@code null}, optional results are
 * {@link java.util.Optional}s and collections are never null. Arguments are not null unless documented
 * otherwise. See {@code docs/planning.md} for the model, the weights and the tie-breaking rule.
 */
package fr.cnfpt.inet.stages.planning;
