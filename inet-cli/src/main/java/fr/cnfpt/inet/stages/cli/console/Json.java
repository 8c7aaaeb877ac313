package fr.cnfpt.inet.stages.cli.console;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON views: records serialised in declaration order, indented by two spaces, one
 * document per command. No default typing: views are plain records.
 */
public final class Json {

    private static final ObjectWriter WRITER;

    static {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        WRITER = mapper.writer(printer());
    }

    private Json() {
    }

    /** @return the layout of every JSON the command writes: two-space indentation, "key": value */
    public static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    public static String toString(Object view) {
        try {
            return WRITER.writeValueAsString(view) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a view to a file's stream, followed by a line break; never holds the whole text. */
    public static void write(java.io.OutputStream out, Object view) throws IOException {
        WRITER.writeValue(out, view);
        out.write('\n');
    }

    public static void write(PrintWriter out, Object view) {
        try {
            WRITER.writeValue(out, view);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
