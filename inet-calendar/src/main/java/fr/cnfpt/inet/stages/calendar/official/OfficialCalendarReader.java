package fr.cnfpt.inet.stages.calendar.official;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a cohort's official calendar from JSON and checks it against an edition: dates exist,
 * start before end, inside the schooling, on working days, of the declared length, in order and
 * without overlap, deadlines before the internship. Every problem is reported with its JSON path;
 * the calendar is returned only if no problem is an error.
 * <p>
 * The format is the one {@code inet schedule --format json} writes (see {@code docs/calendar.md}):
 * {@code {"cohort": 2026, "schedules": [{"corps": "…", "schooling": {"start": "…", "end": "…"},
 * "stages": [{"type": "…", "start": "…", "end": "…", "offerDeadline": "…", "variants": […]}]}]}}.
 * This class is immutable and thread-safe.
 */
public final class OfficialCalendarReader {

    /**
     * What reading a calendar gave.
     *
     * @param calendar  the calendar, present if no problem is an error
     * @param problems  every problem found, errors and warnings, in file order
     */
    public record Result(Optional<OfficialCalendar> calendar, List<CalendarProblem> problems) {

        /**
         * Creates a result.
         *
         * @param calendar  the calendar, not null
         * @param problems  the problems, not null
         */
        public Result {
            Objects.requireNonNull(calendar, "calendar");
            problems = List.copyOf(problems);
        }

        /** @return true if some problem is an error */
        public boolean hasErrors() {
            return problems.stream().anyMatch(CalendarProblem::isError);
        }
    }

    private final Edition edition;
    private final PublicHolidays holidays;

    private OfficialCalendarReader(Edition edition, PublicHolidays holidays) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * Obtains a reader that checks calendars against an edition and public holidays.
     *
     * @param edition  the edition whose internships the calendar dates, not null
     * @param holidays  the holidays that are not working days, not null
     * @return the reader, not null
     */
    public static OfficialCalendarReader of(Edition edition, PublicHolidays holidays) {
        return new OfficialCalendarReader(edition, holidays);
    }

    /**
     * Reads and checks a calendar.
     *
     * @param in  the JSON, UTF-8; left open, not null
     * @return the calendar if it has no error, and every problem, not null
     * @throws IOException if reading fails
     */
    public Result read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = JsonTree.read(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new Result(Optional.empty(), List.of(new CalendarProblem(where, CalendarFileProblem.NOT_JSON,
                    LocalizedText.of("JSON illisible : " + e.getOriginalMessage(), "unreadable JSON: " + e.getOriginalMessage()))));
        } catch (java.io.CharConversionException e) {
            // Bytes that are not UTF-8 (or that Jackson takes for UTF-32): a fault of the file, not of the reading.
            return new Result(Optional.empty(), List.of(new CalendarProblem("$", CalendarFileProblem.NOT_JSON,
                    LocalizedText.of("Le fichier n'est pas du JSON en UTF-8 : enregistrez-le en UTF-8.",
                            "The file is not UTF-8 JSON: save it as UTF-8."))));
        }
        List<CalendarProblem> problems = new ArrayList<>();
        Optional<OfficialCalendar> calendar = new CalendarChecks(edition, holidays, problems).calendar(root);
        boolean errors = problems.stream().anyMatch(CalendarProblem::isError);
        return new Result(errors ? Optional.empty() : calendar, problems);
    }
}
