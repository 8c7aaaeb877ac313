/**
 * The curriculum of INET's initial training: the double objective, the common principles, the
 * training tracks, the cross-cutting tracks and the common core shared by 21 public-service schools.
 */
package fr.cnfpt.inet.stages.domain.curriculum;
