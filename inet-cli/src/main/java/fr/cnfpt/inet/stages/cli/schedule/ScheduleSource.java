package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.official.CalendarProblem;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendarReader;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.edition.EditionSource;
import fr.cnfpt.inet.stages.cli.files.InputFiles;
import fr.cnfpt.inet.stages.cli.files.StandardInput;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that choose a cohort's schedules: the cohort, an official calendar file, the
 * département whose holidays apply, and the edition.
 */
public final class ScheduleSource {

    @Option(names = "--cohort", paramLabel = "YEAR", converter = CohortConverter.class,
            description = "The cohort, by the year its schooling starts (2026 for 2026-2027). Default: the edition's.")
    public CohortYear cohort;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "An official calendar (JSON) whose dates override the projection; see docs/calendar.md.")
    Path calendar;

    @Option(names = "--departement", paramLabel = "CODE", converter = DepartementConverter.class,
            description = "Use this département's public holidays (67: Alsace-Moselle's Good Friday and 26 December)."
                    + " Default: mainland France.")
    Departement departement;

    @Mixin
    EditionSource edition = new EditionSource();

    /** @return the files these options read (the calendar, the edition), to check outputs against */
    public java.util.List<Path> inputFiles() {
        java.util.List<Path> files = new java.util.ArrayList<>();
        if (calendar != null) {
            files.add(calendar);
        }
        if (edition.file != null) {
            files.add(edition.file);
        }
        return files;
    }

    /** What the options select. */
    public record Selection(Edition edition, Schedules schedules, CohortYear cohort) {
    }

    public Selection select(PrintWriter err, Language language) {
        Edition chosen = edition.edition();
        PublicHolidays holidays = departement == null ? PublicHolidays.metropolitanFrance()
                : PublicHolidays.forDepartement(departement);
        Schedules schedules = Schedules.of(chosen).withHolidays(holidays);
        CohortYear year = cohort;
        if (calendar != null) {
            OfficialCalendarReader.Result result = read(chosen, holidays);
            for (CalendarProblem problem : result.problems()) {
                err.println("inet: " + calendar + ": " + problem.path() + ": " + problem.severity().name().toLowerCase()
                        + ": " + problem.message().in(language) + " [" + problem.code() + "]");
            }
            if (result.hasErrors()) {
                throw new UnusableInputException(calendar + ": " + result.problems().stream().filter(CalendarProblem::isError)
                        .count() + " error(s) in the calendar file; fix them and run again");
            }
            var official = result.calendar().orElseThrow();
            if (year != null && !year.equals(official.cohort())) {
                throw new UnusableInputException(calendar + " is the calendar of cohort " + official.cohort()
                        + ", not of cohort " + year + "; drop --cohort or pass the matching file");
            }
            schedules = schedules.withOfficial(official);
            year = official.cohort();
        }
        return new Selection(chosen, schedules, year == null ? chosen.cohort() : year);
    }

    private OfficialCalendarReader.Result read(Edition chosen, PublicHolidays holidays) {
        try (InputStream in = Files.newInputStream(StandardInput.is(calendar) ? StandardInput.spool() : InputFiles.requireReadable(calendar, "calendar file "))) {
            return OfficialCalendarReader.of(chosen, holidays).read(in);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read calendar file " + calendar + ": " + IoFailures.describe(e));
        }
    }

    /** Reads a cohort: 2026 or 2026-2027, from 2020 to 2040 for projections. */
    static final class CohortConverter implements ITypeConverter<CohortYear> {
        @Override
        public CohortYear convert(String value) {
            try {
                return CohortYear.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a cohort; give the year the schooling starts,"
                        + " such as 2026 (or 2026-2027)");
            }
        }
    }

    /** Reads a département's INSEE code. */
    static final class DepartementConverter implements ITypeConverter<Departement> {
        @Override
        public Departement convert(String value) {
            return Departement.fromCode(value).orElseThrow(() -> new TypeConversionException("unknown département '"
                    + value + "'; accepted: INSEE codes 01 to 95, 2A, 2B, 971 to 978, 986 to 988"));
        }
    }
}
