/**
 * The commands on an edition of the brochure: {@code inet edition}, {@code corps}, {@code stages} and
 * {@code rules}, and the {@code --edition} option that reads an edition from a file.
 */
package fr.cnfpt.inet.stages.cli.edition;
