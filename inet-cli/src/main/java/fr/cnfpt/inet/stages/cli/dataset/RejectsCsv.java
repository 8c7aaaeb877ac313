package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.AtomicOutput;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.export.CsvCells;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code --rejects} file: one line per error, as they are found, in a CSV that French Excel
 * opens as is (UTF-8 with a byte-order mark, semicolons). Text cells that would run as formulas are
 * neutralised. Written atomically.
 */
public final class RejectsCsv implements AutoCloseable {

    private static final List<String> HEADER = List.of("file", "line", "character", "record", "cell", "column",
            "field", "value", "code", "severity", "message");

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

    static RejectsCsv open(OutputTarget target, Language language) {
        return new RejectsCsv(AtomicOutput.open(target), language);
    }

    void add(Problem problem) {
        if (problem.isError()) {
            row(List.of(problem.file(), String.valueOf(problem.line()), String.valueOf(problem.character()),
                    String.valueOf(problem.record()), problem.cell(), problem.column(),
                    problem.field(), problem.value(), problem.code(), problem.severity().name(),
                    problem.message().in(language)));
        }
    }

    void commit() {
        try {
            if (output.failure() != null) {
                throw output.failure();
            }
            writer.flush();
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + output.target() + ": " + IoFailures.describe(
                    output.failure() != null ? output.failure() : e));
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
            line.append(i >= 1 && i <= 3 ? CsvCells.SEMICOLON.verbatim(cells.get(i))
                    : CsvCells.SEMICOLON.text(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    /**
     * Writes text; a failure (a full disk) is kept by the output and said by {@link #commit()}: this
     * is called from within an importer, which must not take it for a fault of the file it reads.
     */
    private void write(String text) {
        if (output.failure() != null) {
            return;
        }
        try {
            writer.write(text);
        } catch (IOException e) {
            // remembered by the output's stream
        }
    }
}
