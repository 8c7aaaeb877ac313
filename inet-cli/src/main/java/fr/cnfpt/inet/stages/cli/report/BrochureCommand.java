package fr.cnfpt.inet.stages.cli.report;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.run.BrochureRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code inet brochure}: the yearly brochure "Accueillir un ou une élève en stage" of a cohort,
 * written by the library's {@link BrochureRun} with the report plugin of the brochure family found
 * with {@link java.util.ServiceLoader}.
 */
@Command(name = "brochure", mixinStandardHelpOptions = true,
        resourceBundle = "fr.cnfpt.inet.stages.cli.report.PluginChoices",
        description = {"Write the brochure \"Accueillir un ou une élève en stage\" of a cohort: every date from the"
                + " calendar (official, or projected and said so on the cover).",
            "Default output: brochure-2026-2027-fr.pdf in the current folder, written atomically."})
public final class BrochureCommand implements Callable<Integer> {

    @Mixin
    private ScheduleSource source = new ScheduleSource();

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = CodeConverters.LanguageConverter.class,
            description = "Language of the brochure (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--format", paramLabel = "${bundle:" + PluginChoices.BROCHURE_FORMATS + "}", defaultValue = "pdf", converter = FormatConverter.class,
            description = "pdf (print-ready, tagged PDF/UA-1 and PDF/A-2a, fonts embedded) or html (one accessible page, for the web site)"
                    + " (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: brochure-YEARS-LANG.FORMAT in the current folder; '-' for"
                    + " standard output).")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OutputTarget chosen = output == null ? null : OutputTarget.of(output);
        if (chosen != null) {
            OutputTarget.refuseClashes(java.util.List.of(chosen), source.inputFiles());
        }
        ScheduleSource.Selection selection = source.select(spec.commandLine().getErr(), language);
        BrochureRun brochure = BrochureRun.of(selection.edition(), selection.schedules());
        if (brochure.plugin().isEmpty()) {
            throw new UnusableInputException("no report plugin 'brochure' on the class path; see inet plugins");
        }
        if (!brochure.formats().contains(format)) {
            throw new UnusableInputException("the brochure is not written as " + format.extension());
        }
        OutputTarget target = chosen != null ? chosen : OutputTarget.of(Path.of(name(brochure.plugin().get(), selection.cohort().year())));
        AtomicFile.write(target, out -> brochure.write(selection.cohort(), language, format, out));
        if (!target.isStandardStream()) {
            spec.commandLine().getOut().println(target);
        }
        return 0;
    }

    /** The default file's name for a cohort: the plugin's id, the years, the language. */
    private String name(ReportPlugin plugin, int year) {
        return plugin.id() + "-" + year + "-" + (year + 1) + "-" + language.name().toLowerCase(Locale.ROOT) + "."
                + format.extension();
    }

    /** Reads a format the brochure's plugin writes (pdf or html), in any case; says why docx is not written. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            Optional<ReportFormat> format = ReportFormat.ofCode(value);
            if (format.isPresent() && format.get() == ReportFormat.DOCX) {
                throw new TypeConversionException("the brochure is no longer written as docx: LibreOffice showed it"
                        + " broken and it was not accessible; use pdf (tagged, PDF/UA) or html (docs/brochure.md)");
            }
            Set<ReportFormat> written = BrochureRun.pluginIn(ReportRegistry.load()).map(ReportPlugin::formats)
                    .orElse(Set.of());
            return format.filter(written::contains).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a brochure format; accepted: " + written.stream().sorted().map(ReportFormat::extension)
                            .collect(Collectors.joining(", "))));
        }
    }
}
