package fr.cnfpt.inet.stages.importer.spi;

import java.io.IOException;
import java.util.Set;

/**
 * An importer of offers, trainees or placements from one file format, found with
 * {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/fr.cnfpt.inet.stages.importer.spi.Importer}) or registered directly with
 * {@link ImporterRegistry#register(Importer)}.
 * <p>
 * An importer reads a stream in bounded memory and hands each row to a {@link RowSink}: a domain
 * record, or problems naming the line, column and field. It never throws for bad content: an
 * unusable file (not of its format, unreadable) is reported as a problem on line 0 and
 * {@link ImportFacts#rows()} counts the rows read until then. See {@code docs/plugins.md}.
 * <p>
 * Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface Importer {

    /**
     * Returns the importer's unique id, such as {@code csv}.
     *
     * @return the id: lower case letters, digits and dashes, not null
     */
    String id();

    /**
     * Returns the file name extensions this importer reads, without the dot, in lower case.
     *
     * @return the extensions, such as {@code ["csv"]}, not empty
     */
    Set<String> extensions();

    /**
     * Returns the kinds of records this importer reads.
     *
     * @return the kinds, not empty
     */
    Set<RecordKind> kinds();

    /**
     * Describes the importer for {@code inet plugins}.
     *
     * @return one line, not null
     */
    default String description() {
        return id() + " importer";
    }

    /**
     * Reads a file.
     *
     * @param request  the file and options, not null
     * @param sink  receives the records and problems, not null
     * @return the number of data rows, the format and encoding read, not null
     * @throws IOException only if the content cannot be opened or read at all
     */
    ImportFacts read(ImportRequest request, RowSink sink) throws IOException;
}
