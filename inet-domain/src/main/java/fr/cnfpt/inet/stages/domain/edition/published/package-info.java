/**
 * The built-in editions of the brochure, as data: {@link fr.cnfpt.inet.stages.domain.edition.published.Editions#current()}
 * is the 2026-2027 edition. The content is kept apart from the types of
 * {@link fr.cnfpt.inet.stages.domain.edition}, one package-private class per section of the brochure.
 */
package fr.cnfpt.inet.stages.domain.edition.published;
