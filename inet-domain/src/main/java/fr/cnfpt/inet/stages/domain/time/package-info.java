/**
 * Date ranges with named, inclusive ends. The domain never reads the clock: callers pass dates.
 */
package fr.cnfpt.inet.stages.domain.time;
