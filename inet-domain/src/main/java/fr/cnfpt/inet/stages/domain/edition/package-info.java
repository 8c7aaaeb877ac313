/**
 * Yearly editions of the brochure "Accueillir un ou une élève en stage", as data: corps profiles,
 * curriculum, internship catalogue, contact, INET's profile and the errata of the sources.
 */
package fr.cnfpt.inet.stages.domain.edition;
