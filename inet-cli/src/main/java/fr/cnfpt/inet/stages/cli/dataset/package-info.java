/**
 * The commands on data files: {@code inet validate} and {@code inet import}, with their reading
 * options, the terminal's progress bar and the translation of the library's import run
 * ({@code importer.run}) into the command's lines, reports, rejected rows and exit codes.
 */
package fr.cnfpt.inet.stages.cli.dataset;
