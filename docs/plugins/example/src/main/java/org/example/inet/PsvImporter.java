package org.example.inet;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A third-party importer: pipe-separated values (".psv"), as some regional portals export them,
 * one record per line, no quoting. It reuses the library's RowBinder, so headers are matched in
 * French or English and every value is checked exactly as in the built-in importers.
 */
public final class PsvImporter implements Importer {

    @Override
    public String id() {
        return "psv";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("psv");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.allOf(RecordKind.class);
    }

    @Override
    public String description() {
        return "pipe-separated values, UTF-8, no quoting (example plugin)";
    }

    @Override
    public ImportFacts read(ImportRequest request, RowSink sink) throws IOException {
        RowBinder binder = RowBinder.of(request, sink);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(request.openBounded(),
                StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            boolean header = true;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var cells = Arrays.asList(line.split("\\|", -1));
                if (header) {
                    header = false;
                    binder.header(number, cells);
                } else if (!binder.row(number, cells)) {
                    break;
                }
            }
            if (header) {
                binder.fail(0, FileProblem.FILE_EMPTY, "", LocalizedText.of("Le fichier est vide.", "The file is empty."));
            }
        }
        return binder.facts(id(), "utf-8");
    }
}
