package fr.cnfpt.inet.stages.calendar.official;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A problem found in a calendar file, with the JSON path of the value concerned
 * ({@code $.schedules[0].stages[2].end}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param path  the JSON path, or "line L, column C" for a syntax error, not null
 * @param definition  the problem's definition, which gives its code and severity, not null
 * @param message  what is wrong there, in French and English, not null
 */
public record CalendarProblem(String path, CalendarFileProblem definition, LocalizedText message) {

    /**
     * Creates a problem.
     *
     * @param path  the JSON path, not null
     * @param definition  the definition, not null
     * @param message  the message, not null
     */
    public CalendarProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the severity: error (the file is refused) or warning (reported, the file is used).
     *
     * @return the definition's severity, not null
     */
    public Severity severity() {
        return definition.severity();
    }

    /**
     * Returns the problem's stable code.
     *
     * @return the code, such as {@code NOT_A_WORKING_DAY}, not null
     */
    public String code() {
        return definition.code();
    }

    /**
     * Tells whether the problem is an error, which refuses the file.
     *
     * @return true for an error
     */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ": " + severity() + " " + code() + ": " + message.en();
    }
}
