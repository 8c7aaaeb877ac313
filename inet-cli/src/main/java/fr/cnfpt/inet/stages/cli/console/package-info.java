/**
 * What every command shares to read its options and speak to the user: the converters of codes, the
 * display options and formats, the JSON and text printers, the progress bar, and
 * {@link fr.cnfpt.inet.stages.cli.console.UnusableInputException}, the one-line refusal of an input.
 */
package fr.cnfpt.inet.stages.cli.console;
