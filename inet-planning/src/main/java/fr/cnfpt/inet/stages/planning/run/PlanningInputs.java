package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files of a planning run, as {@code inet plan} takes them: files of offers, trainees, wishes, earlier
 * placements (the history: a trainee is never placed again with a host of theirs) and exclusions, each
 * read as its {@link ImportFile#kind()} says, and files of locked placements (the placements format, kept
 * as they are and planned around: {@code --locked}).
 * <pre>{@code
 * PlanningInputs inputs = PlanningInputs.of(List.of(
 *                 ImportFile.of(Path.of("offres.csv"), RecordKind.OFFERS),
 *                 ImportFile.of(Path.of("eleves.csv"), RecordKind.TRAINEES),
 *                 ImportFile.of(Path.of("voeux.csv"), RecordKind.WISHES),
 *                 ImportFile.of(Path.of("exclusions.csv"), RecordKind.EXCLUSIONS)))
 *         .withLocked(List.of(ImportFile.of(Path.of("verrous.csv"), RecordKind.PLACEMENTS)));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe if its files are.
 */
public final class PlanningInputs {

    private final List<ImportFile> files;
    private final List<ImportFile> locked;

    private PlanningInputs(List<ImportFile> files, List<ImportFile> locked) {
        this.files = List.copyOf(files);
        this.locked = List.copyOf(locked);
        for (ImportFile file : this.locked) {
            if (file.kind() != RecordKind.PLACEMENTS) {
                throw new IllegalArgumentException("a file of locked placements is read as placements: " + file);
            }
        }
    }

    /**
     * Obtains the inputs of a run without locked placements.
     *
     * @param files  the files of offers, trainees, wishes, earlier placements and exclusions, in any order,
     *     not null
     * @return the inputs, not null
     */
    public static PlanningInputs of(List<ImportFile> files) {
        return new PlanningInputs(Objects.requireNonNull(files, "files"), List.of());
    }

    /**
     * Returns a copy with files of locked placements: placements of the planned type and cohort that the
     * plan keeps as they are.
     *
     * @param placements  the files, each of kind {@link RecordKind#PLACEMENTS}, not null
     * @return the inputs, not null
     * @throws IllegalArgumentException if a file is of another kind
     */
    public PlanningInputs withLocked(List<ImportFile> placements) {
        return new PlanningInputs(files, Objects.requireNonNull(placements, "placements"));
    }

    /** @return the files of offers, trainees, wishes, earlier placements and exclusions, not null */
    public List<ImportFile> files() {
        return files;
    }

    /** @return the files of locked placements, not null */
    public List<ImportFile> locked() {
        return locked;
    }

    /** @return every file, the locked placements' last, not null */
    public List<ImportFile> all() {
        List<ImportFile> all = new ArrayList<>(files);
        all.addAll(locked);
        return List.copyOf(all);
    }

    /**
     * Tells whether a file is one of the locked placements' (the same object).
     *
     * @param file  a file of this run, not null
     * @return true if it holds locked placements
     */
    boolean isLocked(ImportFile file) {
        return locked.stream().anyMatch(l -> l == file);
    }
}
