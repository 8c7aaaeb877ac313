package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.importer.run.ReadingOptions;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The options of the commands that read offers, trainees and placements files. */
public final class ImportOptions {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Offers, trainees or placements files: .csv, .json, .jsonl or .xlsx; '-' for standard input"
                    + " (with --kind; its format is told from its first bytes).")
    List<Path> files;

    @Option(names = "--kind", paramLabel = "offers|trainees|placements|wishes|exclusions", converter = KindConverter.class,
            description = "What the files hold. Default: told from each file's name (offre/offer, eleve/trainee,"
                    + " placement/affectation/verrou/locked, voeu/wish, exclusion).")
    RecordKind kind;

    @Option(names = "--importer", paramLabel = "ID",
            description = "The importer to use (see 'inet plugins'). Default: chosen from each file's extension.")
    String importer;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "The CSV files' encoding. Default: detected (byte-order mark, else UTF-8, else Windows-1252).")
    public Charset encoding;

    @Option(names = "--separator", paramLabel = "CHAR", converter = SeparatorConverter.class,
            description = "The CSV separator: ';' ',' 'tab' or '|'. Default: detected from the header.")
    public Character separator;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The Excel sheet to read. Default: the first.")
    public String sheet;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + ImportLimits.DEFAULT_MAX_FILE_BYTES,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}, 2 GiB).")
    long maxFileBytes;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ImportLimits.DEFAULT_MAX_ROWS,
            description = "Stop reading a file after this many data rows (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-cell-length", paramLabel = "N", defaultValue = "" + ImportLimits.DEFAULT_MAX_CELL_LENGTH,
            description = "Refuse cells longer than this (default: ${DEFAULT-VALUE}, Excel's limit).")
    int maxCellLength;

    @Option(names = "--max-columns", paramLabel = "N", defaultValue = "" + ImportLimits.DEFAULT_MAX_COLUMNS,
            description = "Refuse a header of more columns, or a JSON record of more keys, than this"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxColumns;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + Validation.DEFAULT_MAX_PROBLEMS,
            description = "Keep at most this many problems per file in the report; the others are counted"
                    + " (default: ${DEFAULT-VALUE}). The rejects file has them all.")
    int maxProblems;

    @Option(names = "--no-progress", description = "Do not show a progress bar (none is shown when not on a terminal).")
    boolean noProgress;

    @Mixin
    ScheduleSource schedule = new ScheduleSource();

    /**
     * Returns the default reading options, for a command that names its files itself
     * ({@code inet stats --offers FILE --trainees FILE}).
     *
     * @param schedule  the cohort and calendar options of that command
     * @param noProgress  true to show no progress bar
     * @return the options, not null
     */
    public static ImportOptions defaults(ScheduleSource schedule, boolean noProgress) {
        ImportOptions options = new ImportOptions();
        options.files = List.of();
        options.maxFileBytes = ImportLimits.DEFAULT_MAX_FILE_BYTES;
        options.maxRows = ImportLimits.DEFAULT_MAX_ROWS;
        options.maxCellLength = ImportLimits.DEFAULT_MAX_CELL_LENGTH;
        options.maxColumns = ImportLimits.DEFAULT_MAX_COLUMNS;
        options.maxProblems = Validation.DEFAULT_MAX_PROBLEMS;
        options.noProgress = noProgress;
        options.schedule = schedule;
        return options;
    }

    ImportLimits limits() {
        if (maxFileBytes < 1 || maxRows < 1 || maxCellLength < 1 || maxColumns < 1 || maxProblems < 1) {
            throw new UnusableInputException("--max-file-size, --max-rows, --max-cell-length, --max-columns and"
                    + " --max-problems must be positive");
        }
        return ImportLimits.defaults().withMaxFileBytes(maxFileBytes).withMaxRows(maxRows)
                .withMaxCellLength(maxCellLength).withMaxColumns(maxColumns);
    }

    /**
     * Returns the library's reading options.
     *
     * @return the options, not null
     * @throws UnusableInputException if a limit is not positive
     */
    ReadingOptions reading() {
        return ReadingOptions.defaults().withEncoding(encoding).withSeparator(separator).withSheet(sheet)
                .withCohort(schedule.cohort).withLimits(limits()).withMaxProblems(maxProblems).withImporter(importer);
    }

    static final class KindConverter implements ITypeConverter<RecordKind> {
        @Override
        public RecordKind convert(String value) {
            return RecordKind.fromName(value).orElseThrow(() -> new TypeConversionException("unknown kind '" + value
                    + "'; accepted: offers, trainees, placements, wishes, exclusions"));
        }
    }

    public static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown encoding '" + value
                        + "'; use, for example, UTF-8 or windows-1252");
            }
        }
    }

    public static final class SeparatorConverter implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            return switch (value) {
                case ";", "semicolon" -> ';';
                case ",", "comma" -> ',';
                case "tab", "\\t", "\t" -> '\t';
                case "|", "pipe" -> '|';
                default -> throw new TypeConversionException("unknown separator '" + value
                        + "'; accepted: ';' ',' 'tab' '|'");
            };
        }
    }
}
