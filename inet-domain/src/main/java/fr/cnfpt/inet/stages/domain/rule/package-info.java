/**
 * The brochure's rules as named objects returning violations as values: {@link
 * fr.cnfpt.inet.stages.domain.rule.OfferRules} for offers, {@link fr.cnfpt.inet.stages.domain.rule.PlacementRules}
 * for placements and collective-project teams.
 */
package fr.cnfpt.inet.stages.domain.rule;
