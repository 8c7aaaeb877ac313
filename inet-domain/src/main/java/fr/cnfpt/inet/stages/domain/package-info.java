/**
 * The pure domain of INET's initial training and internships: corps, curricula, internship types,
 * host organisations, offers, trainees, placements and the rules stated by the brochure
 * "Accueillir un ou une élève en stage".
 * <p>
 * This module depends on the JDK only and performs no I/O. Every public type is immutable and
 * thread-safe; no method returns {@code null}, optional results are returned as {@link java.util.Optional}
 * and collections are never null. Arguments are not null unless documented otherwise.
 * Start from {@link fr.cnfpt.inet.stages.domain.edition.published.Editions#current()}.
 */
package fr.cnfpt.inet.stages.domain;
