package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.run.ImportRun;
import fr.cnfpt.inet.stages.importer.run.UnusableFileException;
import java.util.Objects;

/**
 * The planning of one internship type of one cohort from files, as {@code inet plan} makes it: the files
 * are read and checked by an {@link ImportRun} (every check of {@code inet validate}, the wishes' and the
 * exclusions' included), the records accepted make the {@link fr.cnfpt.inet.stages.planning.PlanningProblem}
 * ({@link PlanningRecords#setUp}), which {@link fr.cnfpt.inet.stages.planning.Planner} solves:
 * <pre>{@code
 * PlanningRecords records = PlanningRun.of(edition, schedules).read(inputs);
 * if (records.imported().decision(false, false).allowed()) {
 *     PlanningSetup setup = records.setUp(CohortYear.of(2026), InternshipType.OBSERVATION);
 *     Plan plan = Planner.plan(setup.problem());
 * }
 * }</pre>
 * Nothing is printed.
 * <p>
 * This class is immutable and thread-safe: each {@link #read} is a run of its own.
 */
public final class PlanningRun {

    private final ImportRun imports;

    private PlanningRun(ImportRun imports) {
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /**
     * Obtains a run reading with the importers found by {@link java.util.ServiceLoader} and the default
     * reading options.
     *
     * @param edition  the edition whose rules apply, not null
     * @param schedules  the calendar of the cohorts, not null
     * @return the run, not null
     */
    public static PlanningRun of(Edition edition, Schedules schedules) {
        return new PlanningRun(ImportRun.of(edition, schedules));
    }

    /**
     * Obtains a run reading with an import run: its edition, calendar, importers, options and progress hook.
     *
     * @param imports  the import run, not null
     * @return the run, not null
     */
    public static PlanningRun of(ImportRun imports) {
        return new PlanningRun(imports);
    }

    /**
     * Reads and checks the files, and keeps the records accepted.
     *
     * @param inputs  the files, not null
     * @return the import's result and the records, not null
     * @throws UnusableFileException if a file has no importer or cannot be opened
     */
    public PlanningRecords read(PlanningInputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        PlanningSink sink = new PlanningSink(inputs);
        ImportRun watched = imports.withProgress(file -> {
            sink.reading(file);
            return imports.progress().start(file);
        });
        ImportResult result = watched.read(inputs.all(), sink);
        return new PlanningRecords(imports.edition(), result, sink);
    }
}
