/**
 * The content of the built-in editions, as data, kept apart from the types. Internal: other
 * modules reach it only through {@link fr.cnfpt.inet.stages.domain.edition.Editions}.
 */
package fr.cnfpt.inet.stages.domain.edition.internal;
