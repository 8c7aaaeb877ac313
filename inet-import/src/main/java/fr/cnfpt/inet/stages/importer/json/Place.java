package fr.cnfpt.inet.stages.importer.json;

/**
 * Where something starts in a file: its line and the column of its first character on that line.
 *
 * @param line  the line, 1-based
 * @param character  the column, 1-based, or 0 if not known
 */
record Place(long line, long character) {
}
