package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.InputFiles;
import fr.cnfpt.inet.stages.cli.files.StandardInput;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.editionfile.EditionFormatException;
import fr.cnfpt.inet.stages.importer.editionfile.EditionJson;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --edition FILE} option: the built-in edition, or one supplied as JSON data. */
public final class EditionSource {

    @Option(names = "--edition", paramLabel = "FILE",
            description = "Read the edition from this JSON file (see 'inet edition') instead of the built-in 2026-2027 one.")
    public Path file;

    public Edition edition() {
        if (file == null) {
            return Editions.current();
        }
        try (InputStream in = Files.newInputStream(StandardInput.is(file) ? StandardInput.spool() : InputFiles.requireReadable(file, "edition file "))) {
            return EditionJson.read(in);
        } catch (EditionFormatException e) {
            throw new UnusableInputException(file + ": " + e.getMessage()
                    + " (export a valid edition with 'inet edition -o FILE' and edit it)");
        } catch (IOException e) {
            throw new UnusableInputException("cannot read edition file " + file + ": " + IoFailures.describe(e));
        }
    }
}
