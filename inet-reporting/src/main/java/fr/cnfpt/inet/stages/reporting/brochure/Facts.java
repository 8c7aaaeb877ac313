package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the brochure prints, in one language: the edition's texts and the cohort's dates, written
 * the way the brochure writes them ("4 semaines du 30 mars au 24 avril 2026", "Dépôt des offres
 * jusqu'au 24 novembre 2025"). Every date comes from the schedule, in words from
 * {@link DatesInWords}. This class is immutable and thread-safe.
 */
final class Facts {

    private final Edition edition;
    private final CohortSchedule schedule;
    private final Language language;
    private final List<CorpsSchedule> placed;

    Facts(Edition edition, CohortSchedule schedule, Language language) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.language = Objects.requireNonNull(language, "language");
        this.placed = schedule.schedules().stream().filter(s -> edition.profile(s.corps()).isPlacedByInet()).toList();
    }

    Edition edition() {
        return edition;
    }

    CohortSchedule schedule() {
        return schedule;
    }

    Language language() {
        return language;
    }

    /** @return the schedules of the corps INET places, in the edition's order */
    List<CorpsSchedule> placed() {
        return placed;
    }

    /** @return the schooling years, such as "2026-2027" */
    String years() {
        return schedule.cohort() + "-" + (schedule.cohort().year() + 1);
    }

    /** @return true if the cohort has no official calendar: its dates are projected */
    boolean projected() {
        return schedule.isProjected();
    }

    /** @return the edition's title with the years: "Accueillir un ou une élève en stage 2026-2027" */
    String documentTitle() {
        return in(edition.title()) + " " + years();
    }

    String in(LocalizedText text) {
        return text.in(language);
    }

    String in(Labels label) {
        return label.in(language);
    }

    /** @return the trainees' name: "Élèves administrateurs et administratrices territoriaux" */
    String trainees(Corps corps) {
        return in(edition.profile(corps).trainees());
    }

    /** @return the corps' name: "administrateurs et administratrices territoriaux" */
    String corpsName(Corps corps) {
        return in(edition.profile(corps).name());
    }

    /** @return the type's name: "Stage d'observation" */
    String typeName(InternshipType type) {
        return edition.catalogue().definition(type).map(d -> in(d.name())).orElse(type.name());
    }

    /** @return the definitions of the types INET places trainees in, in schooling order */
    List<InternshipTypeDefinition> definitions() {
        return edition.catalogue().definitions().stream()
                .filter(d -> d.corps().stream().anyMatch(c -> edition.profile(c).isPlacedByInet())).toList();
    }

    /** @return the corps of a type that INET places, in the edition's order */
    List<Corps> corpsOf(InternshipTypeDefinition definition) {
        return placed.stream().map(CorpsSchedule::corps).filter(definition.corps()::contains).toList();
    }

    /** @return "4 semaines", "4 weeks" */
    String weeks(Weeks weeks) {
        return weeks.value() + " " + in(Labels.WEEKS);
    }

    /**
     * Returns an internship's period in words: one period, or, when hosts of another workweek have
     * other first or last days, both ("du 30 ou 31 mars au 17 ou 18 avril 2026").
     */
    String period(ScheduledInternship internship) {
        return DatesInWords.of(internship, language);
    }

    /** @return "4 semaines du 30 mars au 24 avril 2026" */
    String duration(ScheduledInternship internship) {
        return weeks(internship.weeks()) + " " + period(internship);
    }

    /** @return "Dépôt des offres jusqu'au 24 novembre 2025", if the calendar gives the deadline */
    Optional<String> deadline(ScheduledInternship internship) {
        return internship.offerDeadline().map(d -> in(Labels.DEADLINE) + " " + date(d));
    }

    /** @return "24 novembre 2025", "1er février 2027" */
    String date(LocalDate date) {
        return DatesInWords.date(date, language);
    }

    /** @return the internship of a corps, from the schedule */
    Optional<ScheduledInternship> internship(Corps corps, InternshipType type) {
        return schedule.of(corps).internship(type);
    }

    /** @return an id for an internship type's chapter: "observation", "projet-collectif" */
    static String chapterId(InternshipType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Joins names: "a, b et c", "a, b and c". */
    String join(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + in(Labels.AND) + names.get(names.size() - 1);
    }
}
