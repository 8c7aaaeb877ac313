package fr.cnfpt.inet.stages.importer.spi;

import fr.cnfpt.inet.stages.domain.rule.DefinedProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The definition of a data problem the importers report, such as {@code CELL_TOO_LONG}: its code,
 * its severity, what it means and what to do, in French and English. Each is declared once, in the
 * enum of its concern: {@link FileProblem} (the file as a whole), {@link RowProblem} (a row, a cell,
 * a value) and {@link DatasetProblem} (across rows and files). The importers report a problem by its
 * definition, never by a bare code; {@link #all()} is the catalogue that {@code inet rules} prints.
 * Each constant holds its {@link fr.cnfpt.inet.stages.domain.rule.ProblemDefinition} (code,
 * severity, meaning, action), from which {@link DefinedProblem} gives the rest.
 * <p>
 * The rules of the brochure and of the calendar have their own definitions
 * ({@link fr.cnfpt.inet.stages.domain.rule.RuleDescription}); a {@link Problem} carries either code.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface ProblemCode extends DefinedProblem permits FileProblem, RowProblem, DatasetProblem {

    /**
     * Tells whether the problem ends the reading of the file (the rows before stand).
     *
     * @return true if it stops the reading
     */
    default boolean stops() {
        return false;
    }

    /**
     * Lists every data problem: those of the file, of a row, then across rows and files.
     *
     * @return the catalogue, not null
     */
    static List<ProblemCode> all() {
        List<ProblemCode> all = new ArrayList<>();
        all.addAll(List.of(FileProblem.values()));
        all.addAll(List.of(RowProblem.values()));
        all.addAll(List.of(DatasetProblem.values()));
        return List.copyOf(all);
    }

    /**
     * Finds a data problem by its code.
     *
     * @param code  the code, not null
     * @return the definition, empty if no data problem has this code
     */
    static Optional<ProblemCode> of(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
