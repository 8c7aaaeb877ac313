package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandDocsTest {

    @TempDir
    Path folder;

    @Test
    void writesAManualPagePerCommandWithEveryOption() throws Exception {
        CommandDocs.main(new String[] {folder.resolve("inet_completion").toString(), folder.resolve("man").toString()});

        CommandLine inet = Inet.commandLine(Inet.COMMANDS);
        for (CommandLine command : inet.getSubcommands().values()) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            String page = Files.readString(folder.resolve("man").resolve("inet-" + command.getCommandName() + ".1"));
            assertThat(page).startsWith(".TH INET-" + command.getCommandName().toUpperCase()).contains(".SH OPTIONS")
                    .contains(".SH EXIT STATUS");
            command.getCommandSpec().options().forEach(option -> assertThat(page).as(command.getCommandName())
                    .contains(ManPages.escape(option.longestName())));
        }
        assertThat(Files.readString(folder.resolve("man").resolve("inet.1"))).contains(".SH COMMANDS")
                .contains(".BR inet\\-validate (1)");
    }

    @Test
    void writesABashCompletionThatCompletesCommandsAndTheirOptions() throws Exception {
        Path script = folder.resolve("inet_completion");
        CommandDocs.main(new String[] {script.toString(), folder.resolve("man").toString()});

        assertThat(complete(script, "inet", "val")).isEqualTo("validate");
        assertThat(complete(script, "inet", "import", "--accept-")).contains("--accept-errors", "--accept-unread");
    }

    /** Asks bash to complete the last word, as it does when the user presses Tab. */
    private static String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", List.of(words));
        Process bash = new ProcessBuilder("bash", "-c", "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + array + "'; _complete_inet 2>/dev/null; echo \"${COMPREPLY[@]}\"")
                .start();
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes()).strip();
    }
}
