package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inet schedule}: the dated schedule of a cohort, per corps. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Print a cohort's dated schedule: schooling, each internship's first and last working days,"
                + " the offer deadlines.", "Official dates where published (2026-2027 is built in), projected otherwise."})
public final class ScheduleCommand implements Runnable {

    /** The formats of the schedule. */
    enum Format { TEXT, JSON, CSV, ICS }

    @Mixin
    private ScheduleSource source = new ScheduleSource();

    @Option(names = "--corps", paramLabel = "CODE", split = ",", converter = CodeConverters.CorpsConverter.class,
            description = "Only these corps.")
    private List<Corps> corps = List.of();

    @Option(names = "--format", paramLabel = "text|json|csv|ics", defaultValue = "text", converter = FormatConverter.class,
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = CodeConverters.LanguageConverter.class,
            description = "Language of the text and calendar events (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (atomically).")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        OutputTarget target = output == null ? null : OutputTarget.of(output);
        if (target != null) {
            OutputTarget.refuseClashes(java.util.List.of(target), source.inputFiles());
        }
        ScheduleSource.Selection selection = source.select(spec.commandLine().getErr(), language);
        CohortSchedule schedule = selection.schedules().forCohort(selection.cohort());
        Set<Corps> selected = corps.isEmpty() ? EnumSet.allOf(Corps.class) : EnumSet.copyOf(corps);
        String text = switch (format) {
            case JSON -> Json.toString(ScheduleView.of(schedule, selected));
            case CSV -> ScheduleCsv.of(schedule, selected);
            case ICS -> ScheduleIcs.of(schedule, selected, selection.edition(), language);
            case TEXT -> {
                StringWriter buffer = new StringWriter();
                PrintWriter writer = new PrintWriter(buffer);
                new ScheduleText(writer, language, selection.edition()).print(schedule, selected);
                writer.flush();
                yield buffer.toString();
            }
        };
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Reads a format name in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "'; accepted: text, json, csv, ics");
            }
        }
    }
}
