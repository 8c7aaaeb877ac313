package fr.cnfpt.inet.stages.importer.editionfile;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Reads and writes an edition of the brochure as JSON, so that a later edition's texts, durations
 * and rules' terms can be supplied as data: export the built-in edition, edit it, read it back.
 * <p>
 * Reading is strict: unknown fields, duplicate keys and missing values are refused, with the
 * line and column of a syntax error or the JSON path of a refused value. There is no polymorphic
 * typing. This class is immutable and thread-safe.
 */
public final class EditionJson {

    /** The version of the edition format this class reads and writes. */
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(16L * 1024 * 1024)
                            .maxNestingDepth(64)
                            .maxStringLength(1_000_000)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private EditionJson() {
    }

    /**
     * Writes an edition as JSON (UTF-8, indented).
     *
     * @param edition  the edition, not null
     * @param out  where to write; left open, not null
     * @throws IOException if writing fails
     */
    public static void write(Edition edition, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(out, "out");
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, ToDocument.of(edition));
        out.flush();
    }

    /**
     * Reads an edition from JSON.
     *
     * @param in  the JSON, UTF-8; left open, not null
     * @return the edition, checked by the domain, not null
     * @throws EditionFormatException if the JSON is not a valid edition, naming where
     * @throws IOException if reading fails
     */
    public static Edition read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        EditionDocument document;
        try {
            document = MAPPER.readerFor(EditionDocument.class)
                    .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
                    .readValue(in);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new EditionFormatException(location, e.getOriginalMessage());
        } catch (java.io.CharConversionException e) {
            // Bytes that are not UTF-8 (or that Jackson takes for UTF-32): a fault of the file, not of the reading.
            throw new EditionFormatException("$", "the file is not UTF-8 JSON; save it as UTF-8");
        }
        if (document == null) {
            throw new EditionFormatException("$", "the file is empty; expected an edition object");
        }
        return FromDocument.edition(document);
    }
}
