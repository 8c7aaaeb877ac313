package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.export.SpreadsheetText;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --rejects} file: one line per error, as they are found, in a CSV that French Excel
 * opens as is (UTF-8 with a byte-order mark, semicolons). Text cells that would run as formulas are
 * neutralised. Written atomically.
 */
final class RejectsCsv implements AutoCloseable {

    private static final List<String> HEADER = List.of("file", "line", "cell", "column", "field", "value", "code",
            "severity", "message");

    private final AtomicOutput output;
    private final Writer writer;
    private final Language language;

    private RejectsCsv(AtomicOutput output, Language language) {
        this.output = output;
        this.writer = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
        this.language = language;
        write("\uFEFF");
        row(HEADER);
    }

    static RejectsCsv open(Path target, Language language) {
        return new RejectsCsv(AtomicOutput.open(target), language);
    }

    void add(Problem problem) {
        if (problem.isError()) {
            row(List.of(problem.file(), String.valueOf(problem.line()), problem.cell(), problem.column(),
                    problem.field(), problem.value(), problem.code(), problem.severity().name(),
                    problem.message().in(language)));
        }
    }

    void commit() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output.commit();
    }

    @Override
    public void close() {
        output.close();
    }

    private void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            String cell = i == 1 ? cells.get(i) : SpreadsheetText.neutralise(cells.get(i));
            boolean quote = cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            line.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        write(line.append("\r\n").toString());
    }

    private void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + output.target() + ": " + e.getMessage());
        }
    }
}
