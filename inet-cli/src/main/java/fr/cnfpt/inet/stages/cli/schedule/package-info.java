/**
 * The commands on a cohort's calendar: {@code inet schedule}, {@code deadlines} and {@code audit},
 * and the {@code --cohort}, {@code --calendar} options that choose the schedules.
 */
package fr.cnfpt.inet.stages.cli.schedule;
