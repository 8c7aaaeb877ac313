package fr.cnfpt.inet.stages.calendar.official;

import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.BAD_COHORT;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.BAD_DATE;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.CORPS_NOT_PLACED_BY_INET;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.DUPLICATE_CORPS;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.END_BEFORE_START;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.MISSING_FIELD;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.NOT_AN_OBJECT;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.UNKNOWN_CORPS;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.UNKNOWN_FIELD;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Walks a calendar's JSON tree, checking each value and collecting every problem with its path. */
final class CalendarChecks {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Edition edition;
    private final List<CalendarProblem> problems;
    private final StageChecks stages;

    CalendarChecks(Edition edition, PublicHolidays holidays, List<CalendarProblem> problems) {
        this.edition = edition;
        this.problems = problems;
        this.stages = new StageChecks(this, holidays);
    }

    Optional<OfficialCalendar> calendar(JsonNode root) {
        if (root == null || !root.isObject()) {
            report("$", NOT_AN_OBJECT, "le fichier doit contenir un objet JSON {\"cohort\": …, \"schedules\": […]}",
                    "the file must hold a JSON object {\"cohort\": …, \"schedules\": […]}");
            return Optional.empty();
        }
        fields(root, "$", Set.of("cohort", "edition", "source", "schedules"));
        JsonNode cohortNode = root.get("cohort");
        Optional<CohortYear> cohort = Optional.empty();
        if (cohortNode == null || !cohortNode.canConvertToInt() || cohortNode.asInt() < CohortYear.MIN_YEAR
                || cohortNode.asInt() > CohortYear.MAX_YEAR) {
            report("$.cohort", BAD_COHORT, "indiquez la promotion par l'année où commence sa scolarité, par exemple 2026",
                    "give the cohort as the year its schooling starts, such as 2026");
        } else {
            cohort = Optional.of(CohortYear.of(cohortNode.asInt()));
        }
        Map<Corps, DateRange> schooling = new EnumMap<>(Corps.class);
        Map<Corps, Map<InternshipType, OfficialDates>> dates = new EnumMap<>(Corps.class);
        JsonNode schedules = root.get("schedules");
        if (schedules == null || !schedules.isArray()) {
            report("$.schedules", MISSING_FIELD, "« schedules » doit être une liste", "\"schedules\" must be a list");
        } else {
            for (int i = 0; i < schedules.size(); i++) {
                schedule(schedules.get(i), "$.schedules[" + i + "]", schooling, dates);
            }
        }
        return cohort.map(c -> new OfficialCalendar(c, schooling, dates));
    }

    private void schedule(JsonNode node, String path, Map<Corps, DateRange> schooling,
            Map<Corps, Map<InternshipType, OfficialDates>> dates) {
        if (!node.isObject()) {
            report(path, NOT_AN_OBJECT, "chaque calendrier de cadre d'emplois est un objet", "each corps schedule is an object");
            return;
        }
        fields(node, path, Set.of("corps", "managedBy", "schooling", "stages"));
        String code = node.path("corps").asText("");
        Optional<Corps> corps = Corps.fromCode(code);
        if (corps.isEmpty()) {
            report(path + ".corps", UNKNOWN_CORPS, "cadre d'emplois inconnu « " + code + " » ; attendus : " + Corps.acceptedCodes(),
                    "unknown corps '" + code + "'; expected: " + Corps.acceptedCodes());
            return;
        }
        if (dates.containsKey(corps.get())) {
            report(path + ".corps", DUPLICATE_CORPS, "ce cadre d'emplois a déjà un calendrier", "this corps already has a schedule");
            return;
        }
        dates.put(corps.get(), new EnumMap<>(InternshipType.class));
        JsonNode stageList = node.path("stages");
        if (!edition.profile(corps.get()).isPlacedByInet()) {
            if (stageList.size() > 0 || node.has("schooling")) {
                report(path, CORPS_NOT_PLACED_BY_INET, "les stages de ce cadre d'emplois sont gérés par l'"
                        + edition.profile(corps.get()).placedBy() + " : pas de dates ici", "the internships of this corps are"
                        + " handled by the " + edition.profile(corps.get()).placedBy() + ": no dates here");
            }
            return;
        }
        Optional<DateRange> period = node.has("schooling") ? range(node.get("schooling"), path + ".schooling") : Optional.empty();
        period.ifPresent(p -> schooling.put(corps.get(), p));
        if (!stageList.isMissingNode() && !stageList.isArray()) {
            report(path + ".stages", MISSING_FIELD, "« stages » doit être une liste", "\"stages\" must be a list");
            return;
        }
        for (int i = 0; i < stageList.size(); i++) {
            stages.stage(stageList.get(i), path + ".stages[" + i + "]", corps.get(), period, dates.get(corps.get()));
        }
        stages.order(dates.get(corps.get()), corps.get(), path);
    }

    Optional<DateRange> range(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            report(path, NOT_AN_OBJECT, "attendu : {\"start\": \"AAAA-MM-JJ\", \"end\": \"AAAA-MM-JJ\"}",
                    "expected {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}");
            return Optional.empty();
        }
        Optional<LocalDate> start = date(node.get("start"), path + ".start");
        Optional<LocalDate> end = date(node.get("end"), path + ".end");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            report(path + ".end", END_BEFORE_START, "la fin " + end.get() + " précède le début " + start.get(),
                    "the end " + end.get() + " is before the start " + start.get());
            return Optional.empty();
        }
        return start.isPresent() && end.isPresent() ? Optional.of(DateRange.ofClosed(start.get(), end.get())) : Optional.empty();
    }

    Optional<LocalDate> date(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            report(path, MISSING_FIELD, "date manquante (AAAA-MM-JJ)", "missing date (YYYY-MM-DD)");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText(), ISO));
        } catch (DateTimeParseException e) {
            report(path, BAD_DATE, "« " + node.asText() + " » n'est pas une date existante au format AAAA-MM-JJ",
                    "'" + node.asText() + "' is not an existing date in the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    void fields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                report(path + "." + name, UNKNOWN_FIELD, "champ inconnu ; champs attendus : " + String.join(", ", known),
                        "unknown field; expected fields: " + String.join(", ", known));
            }
        }
    }

    Edition edition() {
        return edition;
    }

    void report(String path, CalendarFileProblem problem, String fr, String en) {
        problems.add(new CalendarProblem(path, problem, LocalizedText.of(fr, en)));
    }
}
