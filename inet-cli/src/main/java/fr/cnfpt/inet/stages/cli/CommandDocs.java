package fr.cnfpt.inet.stages.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes, at build time, what a command-line user installs beside the jar: the shell completion
 * script ({@code inet_completion}, for bash and zsh, by picocli's generator) and the manual pages
 * ({@code inet.1}, {@code inet-validate.1}…, {@link ManPages}). Run by Maven in the
 * {@code package} phase on the shaded jar; see {@code docs/cli.md}.
 */
public final class CommandDocs {

    private CommandDocs() {
    }

    /**
     * Writes the completion script and the manual pages.
     *
     * @param args  the completion script's file, then the manual pages' folder
     * @throws IOException if they cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CommandDocs COMPLETION_FILE MAN_FOLDER");
        }
        CommandLine inet = Inet.commandLine(Inet.COMMANDS);
        Path completion = Path.of(args[0]);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("inet", inet), StandardCharsets.UTF_8);
        Path man = Files.createDirectories(Path.of(args[1]));
        Files.writeString(man.resolve("inet.1"), ManPages.of(inet, null), StandardCharsets.UTF_8);
        for (CommandLine command : inet.getSubcommands().values()) {
            String name = command.getCommandName();
            if (!name.equals("help")) {
                Files.writeString(man.resolve("inet-" + name + ".1"), ManPages.of(command, inet), StandardCharsets.UTF_8);
            }
        }
    }
}
