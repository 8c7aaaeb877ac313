/**
 * What a plan gives, counted: the outcomes of the trainees overall and per corps (first choice, top
 * three, within and outside their wishes, unplaced, the rank distribution), the collective-project teams
 * against their bound and the offers left free ({@link fr.cnfpt.inet.stages.planning.summary.PlanSummary}),
 * for the plan report. Counts only: no trainee's id or name.
 * <p>
 * Every public type is immutable and thread-safe; no method returns {@code null}, optional results are
 * {@link java.util.Optional}s and collections are never null. Arguments are not null unless documented
 * otherwise.
 */
package fr.cnfpt.inet.stages.planning.summary;
