package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import java.util.Objects;

/**
 * A placement read from a file of locked placements, with where it was read: what a refusal names
 * ({@code verrous.csv:3}), never the trainee.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param file  the name of the file, not null
 * @param line  the line (or Excel row) of the placement, 1-based
 * @param placement  the placement, not null
 */
public record LockedPlacement(String file, long line, Placement placement) {

    /**
     * Creates a locked placement.
     *
     * @param file  the name of the file, not null
     * @param line  the line, 1-based
     * @param placement  the placement, not null
     */
    public LockedPlacement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(placement, "placement");
        if (line < 1) {
            throw new IllegalArgumentException("a line is 1-based: " + line);
        }
    }

    /** @return where the placement was read, such as {@code verrous.csv:3}, not null */
    public String where() {
        return file + ":" + line;
    }
}
