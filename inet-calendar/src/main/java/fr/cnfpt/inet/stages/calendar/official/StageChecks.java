package fr.cnfpt.inet.stages.calendar.official;

import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.BAD_WORKWEEK;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.CALENDAR_WEEKS_DIFFER;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.DEADLINE_AFTER_START;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.DUPLICATE_TYPE;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.NOT_AN_OBJECT;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.NOT_A_WORKING_DAY;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.OUTSIDE_SCHOOLING;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.OVERLAP_OR_ORDER;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.TYPE_NOT_IN_CURRICULUM;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.UNKNOWN_TYPE;
import static fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem.WEEKS_MISMATCH;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the internships of one corps in a calendar file: dates, working days, length, order, deadlines. */
final class StageChecks {

    private final CalendarChecks calendar;
    private final PublicHolidays holidays;

    StageChecks(CalendarChecks calendar, PublicHolidays holidays) {
        this.calendar = calendar;
        this.holidays = holidays;
    }

    void stage(JsonNode node, String path, Corps corps, Optional<DateRange> schooling,
            Map<InternshipType, OfficialDates> dates) {
        if (!node.isObject()) {
            calendar.report(path, NOT_AN_OBJECT, "chaque stage est un objet", "each internship is an object");
            return;
        }
        calendar.fields(node, path, Set.of("type", "weeks", "start", "end", "workweek", "offerDeadline", "variants", "source"));
        String code = node.path("type").asText("");
        Optional<InternshipType> type = InternshipType.fromCode(code);
        if (type.isEmpty()) {
            calendar.report(path + ".type", UNKNOWN_TYPE, "type de stage inconnu « " + code + " » ; attendus : "
                    + InternshipType.acceptedCodes(), "unknown internship type '" + code + "'; expected: " + InternshipType.acceptedCodes());
            return;
        }
        Optional<Internship> internship = calendar.edition().catalogue().find(type.get(), corps);
        if (internship.isEmpty()) {
            calendar.report(path + ".type", TYPE_NOT_IN_CURRICULUM, "ce type de stage n'est pas ouvert à ce cadre d'emplois",
                    "this internship type is not open to this corps");
            return;
        }
        if (dates.containsKey(type.get())) {
            calendar.report(path + ".type", DUPLICATE_TYPE, "ce stage est déjà daté", "this internship already has dates");
            return;
        }
        int declared = internship.get().weeks().value();
        if (node.has("weeks") && node.get("weeks").asInt() != declared) {
            calendar.report(path + ".weeks", WEEKS_MISMATCH, "l'édition déclare " + declared + " semaines",
                    "the edition declares " + declared + " weeks");
        }
        Optional<WorkweekPeriod> period = period(node, path, Workweek.MONDAY_TO_FRIDAY, declared, schooling);
        List<WorkweekPeriod> variants = new ArrayList<>();
        JsonNode variantList = node.path("variants");
        for (int i = 0; i < variantList.size(); i++) {
            String at = path + ".variants[" + i + "]";
            calendar.fields(variantList.get(i), at, Set.of("workweek", "start", "end"));
            period(variantList.get(i), at, null, declared, schooling).ifPresent(variants::add);
        }
        Optional<LocalDate> deadline = node.hasNonNull("offerDeadline")
                ? calendar.date(node.get("offerDeadline"), path + ".offerDeadline") : Optional.empty();
        deadline.ifPresent(d -> deadline(d, path + ".offerDeadline", period));
        period.ifPresent(p -> dates.put(type.get(), OfficialDates.of(p, variants, deadline.orElse(null))
                .withComputedVariants(internship.get(), holidays)));
    }

    private Optional<WorkweekPeriod> period(JsonNode node, String path, Workweek fallback, int declared,
            Optional<DateRange> schooling) {
        Workweek workweek = fallback;
        if (node.has("workweek") || fallback == null) {
            String name = node.path("workweek").asText("").toUpperCase(Locale.ROOT);
            try {
                workweek = Workweek.valueOf(name);
            } catch (IllegalArgumentException e) {
                calendar.report(path + ".workweek", BAD_WORKWEEK, "semaine de travail inconnue « " + name
                        + " » ; attendues : MONDAY_TO_FRIDAY, TUESDAY_TO_SATURDAY", "unknown workweek '" + name
                        + "'; expected: MONDAY_TO_FRIDAY, TUESDAY_TO_SATURDAY");
                return Optional.empty();
            }
        }
        Optional<DateRange> range = calendar.range(node, path);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        WorkingDays days = WorkingDays.of(holidays, workweek);
        workingDay(days, range.get().firstDay(), path + ".start");
        workingDay(days, range.get().lastDay(), path + ".end");
        schooling.filter(s -> !s.encloses(range.get())).ifPresent(s -> calendar.report(path, OUTSIDE_SCHOOLING,
                "le stage sort de la scolarité (" + s.firstDay() + " – " + s.lastDay() + ")",
                "the internship lies outside the schooling (" + s.firstDay() + " to " + s.lastDay() + ")"));
        long weeks = WorkingDays.calendarWeeks(range.get());
        if (weeks != declared) {
            calendar.report(path, CALENDAR_WEEKS_DIFFER, "la période couvre " + weeks + " semaines civiles pour "
                    + declared + " semaines déclarées", "the period spans " + weeks + " calendar weeks for " + declared
                    + " declared weeks");
        }
        return Optional.of(new WorkweekPeriod(workweek, range.get()));
    }

    private void workingDay(WorkingDays days, LocalDate date, String path) {
        if (!days.isWorkingDay(date)) {
            String why = holidays.name(date).map(n -> n.fr()).orElse(date.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, Locale.FRANCE));
            String whyEn = holidays.name(date).map(n -> n.en()).orElse(date.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, Locale.UK));
            calendar.report(path, NOT_A_WORKING_DAY, date + " n'est pas un jour travaillé (" + why + ")",
                    date + " is not a working day (" + whyEn + ")");
        }
    }

    private void deadline(LocalDate deadline, String path, Optional<WorkweekPeriod> period) {
        workingDay(WorkingDays.of(holidays, Workweek.MONDAY_TO_FRIDAY), deadline, path);
        period.filter(p -> !deadline.isBefore(p.period().firstDay())).ifPresent(p -> calendar.report(path,
                DEADLINE_AFTER_START, "la date limite de dépôt des offres doit précéder le début du stage (" + p.period().firstDay() + ")",
                "the offer deadline must come before the internship starts (" + p.period().firstDay() + ")"));
    }

    void order(Map<InternshipType, OfficialDates> dates, Corps corps, String path) {
        List<Map.Entry<InternshipType, OfficialDates>> entries = new ArrayList<>(dates.entrySet());
        entries.sort(Comparator.comparingInt(e -> calendar.edition().catalogue().find(e.getKey(), corps).orElseThrow().rank()));
        for (int i = 1; i < entries.size(); i++) {
            DateRange previous = entries.get(i - 1).getValue().period().period();
            DateRange next = entries.get(i).getValue().period().period();
            if (!previous.lastDay().isBefore(next.firstDay())) {
                calendar.report(path + ".stages", OVERLAP_OR_ORDER, entries.get(i).getKey() + " commence avant la fin de "
                        + entries.get(i - 1).getKey(), entries.get(i).getKey() + " starts before " + entries.get(i - 1).getKey()
                        + " ends");
            }
        }
    }
}
