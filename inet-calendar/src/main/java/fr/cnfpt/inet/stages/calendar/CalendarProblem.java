package fr.cnfpt.inet.stages.calendar;

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
 * @param severity  error (the file is refused) or warning (reported, the file is used), not null
 * @param code  the problem's stable code, such as {@code NOT_A_WORKING_DAY}, not null
 * @param message  what is wrong, in French and English, not null
 */
public record CalendarProblem(String path, Severity severity, String code, LocalizedText message) {

    /**
     * Creates a problem.
     *
     * @param path  the JSON path, not null
     * @param severity  the severity, not null
     * @param code  the code, not null
     * @param message  the message, not null
     */
    public CalendarProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ": " + severity + " " + code + ": " + message.en();
    }
}
