package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A column of an import file: the record's field it fills, the headers that name it (French and
 * English; matched case-, accent-, space- and punctuation-insensitively), its type, and whether a
 * row must fill it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param field  the field, such as {@code population}; also the key of JSON files, not null
 * @param names  the accepted headers, the usual French one first, not empty
 * @param type  the values' type, not null
 * @param required  whether every row must give a value
 * @param description  what the column holds, not null
 * @param personal  whether the column holds a person's personal data (a trainee's names, e-mail): its
 *     values are never quoted in a problem, a report or a message
 */
public record Column(String field, List<String> names, ColumnType type, boolean required, LocalizedText description,
        boolean personal) {

    /**
     * Creates a column.
     *
     * @param field  the field, not null
     * @param names  the headers, not empty
     * @param type  the type, not null
     * @param required  whether it is required
     * @param description  the description, not null
     * @param personal  whether it holds personal data
     */
    public Column {
        Objects.requireNonNull(field, "field");
        names = List.copyOf(names);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a column has at least one name: " + field);
        }
    }

    /**
     * Checks whether a header names this column.
     *
     * @param header  the header as written, not null
     * @return true if it matches the field or one of the names
     */
    public boolean isNamed(String header) {
        String key = HeaderKey.of(header);
        return HeaderKey.of(field).equals(key) || names.stream().anyMatch(n -> HeaderKey.of(n).equals(key));
    }
}
