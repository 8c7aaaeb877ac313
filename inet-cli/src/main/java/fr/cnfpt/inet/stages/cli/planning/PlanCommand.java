package fr.cnfpt.inet.stages.cli.planning;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.dataset.ImportInputs;
import fr.cnfpt.inet.stages.cli.dataset.ImportOptions;
import fr.cnfpt.inet.stages.cli.dataset.ImportSummary;
import fr.cnfpt.inet.stages.cli.files.OutputFolder;
import fr.cnfpt.inet.stages.cli.report.PluginChoices;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.PlanningException;
import fr.cnfpt.inet.stages.planning.run.LockedPlacementException;
import fr.cnfpt.inet.stages.planning.run.PlanningInputs;
import fr.cnfpt.inet.stages.planning.run.PlanningRecords;
import fr.cnfpt.inet.stages.planning.run.PlanningRun;
import fr.cnfpt.inet.stages.planning.run.PlanningSetup;
import fr.cnfpt.inet.stages.reporting.run.PlanReportRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inet plan}, a thin shell over the library's {@link PlanningRun}: reads the files as
 * {@code inet validate} does, refuses them if they have errors, makes the planning problem of one internship
 * type of one cohort ({@link PlanningRecords#setUp}), runs the planner and writes {@code placements.csv} and
 * {@code plan.json}, and with {@code --report} the plan report ({@link PlanReportRun}), into a folder replaced
 * as a whole ({@link OutputFolder}); {@code --explain} prints one trainee's explanation. Console error lines
 * never name a trainee: a refused locked placement is named by its file and line.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        resourceBundle = "fr.cnfpt.inet.stages.cli.report.PluginChoices",
        description = {"Plan the placements of one internship type of one cohort from the trainees' ranked wishes:"
                + " every trainee the places allow, then (collective projects: full teams mixing corps) as many teams"
                + " with every corps as possible, then as many trainees as possible within their wishes, then the"
                + " convex cost of ranks (docs/planning.md).",
            "The files are checked first, as by 'inet validate'; no plan is written from files with errors unless"
                    + " --accept-errors.",
            "Writes DIR/placements.csv (the placements format 'inet validate' reads) and DIR/plan.json (the figures,"
                    + " the objective and the weights; for a collective project, the teams: count, with every corps,"
                    + " bound).",
            "--report writes the plan report beside them, DIR/plan-report.pdf…: the outcomes overall and per corps,"
                    + " counts of trainees under --min-count withheld (\"< 5\")."})
public final class PlanCommand implements Callable<Integer> {

    @Option(names = "--offers", paramLabel = "FILE", required = true,
            description = "The offers file (.csv, .json, .jsonl or .xlsx); repeat it to give the offers of earlier"
                    + " placements too.")
    List<Path> offers;

    @Option(names = "--trainees", paramLabel = "FILE", required = true, description = "The trainees file.")
    Path trainees;

    @Option(names = "--wishes", paramLabel = "FILE", required = true,
            description = "The wishes file: trainee, offer, rank (1 = first choice).")
    Path wishes;

    @Option(names = "--placements", paramLabel = "FILE",
            description = "Earlier placements (repeatable): a trainee is never placed again with a host of theirs.")
    List<Path> placements = new ArrayList<>();

    @Option(names = "--exclusions", paramLabel = "FILE",
            description = "Exclusions (repeatable): hosts a trainee must not be placed with (a former employer, a"
                    + " conflict of interest), by SIRET number or by name and département or country.")
    List<Path> exclusions = new ArrayList<>();

    @Option(names = "--locked", paramLabel = "FILE",
            description = "Locked placements (repeatable; the placements format): kept as they are, the others"
                    + " planned around them. A locked row of another type or cohort, or that breaks a hard"
                    + " constraint, is refused (exit 2).")
    List<Path> locked = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", required = true, converter = CodeConverters.TypeConverter.class,
            description = "The internship type to plan (OBSERVATION, THEMATIQUE…).")
    InternshipType type;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder of the plan, replaced as a whole by each run.")
    Path output;

    @Option(names = "--explain", paramLabel = "TRAINEE",
            description = "Print the explanation of one trainee's outcome: wishes, result, weights, and why each"
                    + " better wish was not given.")
    String explain;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = CodeConverters.LanguageConverter.class,
            description = "Language of the messages, the explanation and the report (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--report", paramLabel = "${bundle:" + PluginChoices.PLAN_FORMATS + "}", split = ",",
            description = "Also write the plan report in these formats, comma-separated, or all: DIR/plan-report.pdf,"
                    + " .xlsx, .json, .html (the rank distribution overall and per corps, the teams, the offers left"
                    + " free).")
    List<String> reportFormats = new ArrayList<>();

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ReportRequest.DEFAULT_MIN_COUNT,
            description = "In the report, counts of trainees from 1 to N-1 are withheld (default: ${DEFAULT-VALUE});"
                    + " 1 withholds nothing.")
    int minCount;

    @Option(names = "--accept-errors",
            description = "Plan even if rows were rejected: they are left out (a rejected wish is not given).")
    boolean acceptErrors;

    @Option(names = "--accept-unread",
            description = "Plan even if part of a file could not be read (an unclosed quote, a truncated file): those"
                    + " lines are left out.")
    boolean acceptUnread;

    @Option(names = "--no-progress", description = "Do not show a progress bar (none is shown when not on a terminal).")
    boolean noProgress;

    @Mixin
    ScheduleSource schedule = new ScheduleSource();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minCount < 1) {
            throw new UnusableInputException("--min-count must be at least 1, not " + minCount);
        }
        List<ReportFormat> reports = reportFormats.isEmpty() ? List.of() : PlanReports.formats(reportFormats);
        List<ImportInputs.Input> inputs = new ArrayList<>();
        offers.forEach(file -> inputs.add(new ImportInputs.Input(file, RecordKind.OFFERS)));
        inputs.add(new ImportInputs.Input(trainees, RecordKind.TRAINEES));
        placements.forEach(file -> inputs.add(new ImportInputs.Input(file, RecordKind.PLACEMENTS)));
        inputs.add(new ImportInputs.Input(wishes, RecordKind.WISHES));
        exclusions.forEach(file -> inputs.add(new ImportInputs.Input(file, RecordKind.EXCLUSIONS)));
        locked.forEach(file -> inputs.add(new ImportInputs.Input(file, RecordKind.PLACEMENTS)));
        List<Path> inputFiles = new ArrayList<>(inputs.stream().map(ImportInputs.Input::path).toList());
        inputFiles.addAll(schedule.inputFiles());
        try (OutputFolder folder = OutputFolder.open(output, PlanFiles::isPlanFile, inputFiles)) {
            ImportInputs.Prepared prepared = ImportInputs.prepare(ImportOptions.defaults(schedule, noProgress), inputs,
                    err, language);
            PlanningRecords records = ImportInputs.translated(() -> PlanningRun.of(prepared.run())
                    .read(planningInputs(prepared.files())));
            ImportSummary.print(out, records.imported(), language);
            int refusal = ImportInputs.refusal(err, records.imported().decision(acceptErrors, acceptUnread),
                    "no plan written", "");
            if (refusal != 0) {
                return refusal;
            }
            CohortYear cohort = schedule.cohort != null ? schedule.cohort : records.latestCohort().orElseThrow(
                    () -> new UnusableInputException("no plan written: the trainees file holds no accepted trainee"));
            PlanningSetup made = made(records, cohort);
            Plan plan;
            try {
                plan = Planner.plan(made.problem());
            } catch (PlanningException e) {
                throw new UnusableInputException("no plan written: " + e.problems().get(0));
            }
            List<String> written = new ArrayList<>(List.of(PlanFiles.PLACEMENTS, PlanFiles.PLAN));
            try {
                PlanFiles.writePlacements(folder.file(PlanFiles.PLACEMENTS), plan);
                PlanFiles.writePlan(folder.file(PlanFiles.PLAN), made, plan);
                PlanReportRun report = PlanReportRun.of(made.problem().edition()).withMinCount(minCount);
                for (ReportFormat format : reports) {
                    try (OutputStream file = Files.newOutputStream(folder.file(PlanReports.fileName(format)))) {
                        report.write(made.problem(), plan, language, format, file);
                    }
                    written.add(PlanReports.fileName(format));
                }
            } catch (IOException e) {
                throw new UnusableInputException("cannot write the plan in " + output + ": " + IoFailures.describe(e));
            }
            folder.commit();
            out.println("inet: plan written to " + output + " (" + String.join(", ", written) + "): "
                    + plan.measures().placed() + " of " + plan.measures().trainees() + " trainee(s) placed, "
                    + plan.measures().withinWishes() + " within their wishes, " + plan.measures().unplaced()
                    + " unplaced");
            if (explain != null) {
                explain(out, made, plan);
            }
            return 0;
        }
    }

    /** The library's inputs: the files of {@code --locked} apart, told by their names. */
    private PlanningInputs planningInputs(List<ImportFile> files) {
        List<String> lockedNames = locked.stream().map(Path::toString).toList();
        List<Path> others = new ArrayList<>(offers);
        others.addAll(List.of(trainees, wishes));
        others.addAll(placements);
        others.addAll(exclusions);
        if (others.stream().map(Path::toString).anyMatch(lockedNames::contains)) {
            throw new UnusableInputException("a file given with --locked is given as another input too; give it once");
        }
        return PlanningInputs.of(files.stream().filter(f -> !lockedNames.contains(f.name())).toList())
                .withLocked(files.stream().filter(f -> lockedNames.contains(f.name())).toList());
    }

    private PlanningSetup made(PlanningRecords records, CohortYear cohort) {
        try {
            return records.setUp(cohort, type);
        } catch (LockedPlacementException e) {
            throw new UnusableInputException("no plan written: " + e.getMessage());
        } catch (PlanningException e) {
            throw new UnusableInputException("no plan written: the planner refuses the problem ("
                    + e.problems().size() + " problem(s)); check the files with 'inet validate'");
        }
    }

    private void explain(PrintWriter out, PlanningSetup made, Plan plan) {
        TraineeId trainee = TraineeId.of(explain);
        if (made.problem().trainee(trainee).isEmpty()) {
            throw new UnusableInputException("--explain names no eligible trainee of the plan (of cohort "
                    + made.problem().cohort() + ", in a corps the " + type.code() + " internship is open to); the plan"
                    + " is written");
        }
        out.println();
        out.println(Planner.explain(made.problem(), plan, trainee).text().in(language));
    }
}
