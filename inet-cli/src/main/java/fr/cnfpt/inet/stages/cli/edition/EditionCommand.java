package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.importer.editionfile.EditionJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inet edition}: the edition as JSON data, to start a later edition from. */
@Command(name = "edition", mixinStandardHelpOptions = true,
        description = {"Write the edition (all the brochure's texts, durations and rules' terms) as JSON.",
                "Edit the file for a later edition and pass it to the other commands with --edition FILE."})
public final class EditionCommand implements Runnable {

    @Mixin
    private EditionSource source = new EditionSource();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (atomically) instead of standard output.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        OutputTarget target = output == null ? null : OutputTarget.of(output);
        if (target != null) {
            OutputTarget.refuseClashes(java.util.List.of(target), source.file == null ? java.util.List.of()
                    : java.util.List.of(source.file));
        }
        var edition = source.edition();
        if (target != null) {
            AtomicFile.write(target, out -> EditionJson.write(edition, out));
            return;
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            EditionJson.write(edition, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println(json.toString(StandardCharsets.UTF_8));
    }
}
