package fr.cnfpt.inet.stages.importer.columns;

/**
 * Builds a kind of record from a row's values, reporting every problem of the row, and hands the
 * record (or the rejection) to the row's sink.
 */
interface Binding {

    /**
     * Binds the row: calls the sink with the record, or reports the errors and calls
     * {@code rejected}.
     */
    void bind(Row row);
}
