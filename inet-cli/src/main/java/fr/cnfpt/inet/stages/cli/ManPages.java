package fr.cnfpt.inet.stages.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a command's manual page in the roff format {@code man} reads, from picocli's model of the
 * command: name, synopsis, description, options with their descriptions and defaults, arguments,
 * exit status and where to read more. One source for {@code --help} and the manual.
 * <p>
 * This class is immutable and thread-safe.
 */
final class ManPages {

    private ManPages() {
    }

    /**
     * Writes the manual page of a command.
     *
     * @param command  the command, not null
     * @param parent  the command it belongs to, or null for {@code inet} itself
     * @return the page, in roff, not null
     */
    static String of(CommandLine command, CommandLine parent) {
        CommandSpec spec = command.getCommandSpec();
        String name = parent == null ? "inet" : "inet-" + command.getCommandName();
        String qualified = parent == null ? "inet" : "inet " + command.getCommandName();
        String[] description = spec.usageMessage().description();
        StringBuilder page = new StringBuilder();
        page.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"inet ")
                .append(VersionProvider.version()).append("\" \"inet manual\"\n");
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(description.length == 0 ? "" : description[0])).append('\n');
        page.append(".SH SYNOPSIS\n.B ").append(escape(qualified)).append('\n');
        for (OptionSpec option : spec.options()) {
            page.append("[").append(escape(synopsis(option))).append("]\n");
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            page.append(escape(parameter.paramLabel())).append(parameter.arity().max() > 1 ? "...\n" : "\n");
        }
        if (parent == null) {
            page.append(".I COMMAND\n");
        }
        page.append(".SH DESCRIPTION\n");
        for (String line : description) {
            page.append(escape(line)).append("\n.PP\n");
        }
        if (parent == null) {
            page.append(".SH COMMANDS\n");
            for (CommandLine sub : command.getSubcommands().values()) {
                if (!sub.getCommandName().equals("help")) {
                    String[] text = sub.getCommandSpec().usageMessage().description();
                    page.append(".TP\n.B ").append(escape(sub.getCommandName())).append('\n')
                            .append(escape(text.length == 0 ? "" : text[0])).append(" See\n.BR inet\\-")
                            .append(escape(sub.getCommandName())).append(" (1).\n");
                }
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            page.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                page.append(".TP\n.I ").append(escape(parameter.paramLabel())).append('\n')
                        .append(escape(String.join(" ", parameter.description()))).append('\n');
            }
        }
        page.append(".SH OPTIONS\n");
        for (OptionSpec option : spec.options()) {
            page.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            page.append('\n').append(escape(described(option))).append('\n');
        }
        page.append(".SH EXIT STATUS\n0 success, 1 problems found, 2 usage error or unusable input, 3 internal error.\n");
        page.append(".SH SEE ALSO\n")
                .append(parent == null ? "" : ".BR inet (1),\n")
                .append("docs/cli.md and docs/formats.md in the project's sources.\n");
        return page.toString();
    }

    private static String synopsis(OptionSpec option) {
        return option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
    }

    private static String described(OptionSpec option) {
        String text = String.join(" ", option.description());
        String fallback = option.defaultValue() == null ? "" : option.defaultValue();
        return text.replace("${DEFAULT-VALUE}", fallback).replace("${COMPLETION-CANDIDATES}", candidates(option));
    }

    private static String candidates(OptionSpec option) {
        Iterable<String> values = option.completionCandidates();
        if (values == null) {
            return "";
        }
        List<String> all = new java.util.ArrayList<>();
        values.forEach(all::add);
        return all.stream().collect(Collectors.joining(", "));
    }

    /** Escapes roff: backslashes, and a dot or quote that would start a request at a line's start. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
