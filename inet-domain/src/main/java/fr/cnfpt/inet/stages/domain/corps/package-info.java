/**
 * The corps (cadres d'emplois) INET trains, their filières, and the institutes that place their
 * trainees.
 */
package fr.cnfpt.inet.stages.domain.corps;
