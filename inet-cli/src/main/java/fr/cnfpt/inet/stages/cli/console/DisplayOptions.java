package fr.cnfpt.inet.stages.cli.console;

import fr.cnfpt.inet.stages.domain.text.Language;
import picocli.CommandLine.Option;

/** The options shared by the commands that print the catalogue: language and format. */
public final class DisplayOptions {

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = CodeConverters.LanguageConverter.class,
            description = "Language of the labels and texts: fr or en (default: ${DEFAULT-VALUE}).")
    public Language language;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = OutputFormat.Converter.class,
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    public OutputFormat format;
}
