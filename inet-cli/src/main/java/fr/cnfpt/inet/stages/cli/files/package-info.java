/**
 * The files a command reads and writes: standard input and output as {@code -}, readable inputs,
 * outputs written whole or not at all ({@link fr.cnfpt.inet.stages.cli.files.AtomicFile}, folders
 * replaced as a unit by {@link fr.cnfpt.inet.stages.cli.files.OutputFolder}), and the temporary files
 * left by a run that was stopped.
 */
package fr.cnfpt.inet.stages.cli.files;
