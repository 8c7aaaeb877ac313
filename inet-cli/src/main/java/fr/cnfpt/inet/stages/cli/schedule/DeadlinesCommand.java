package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.OfferDeadlines;
import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code inet deadlines}: the offer deadlines of a cohort, passed, due soon or open. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = "List a cohort's offer deadlines per corps and internship, sorted by date, each passed, due soon"
                + " (within 30 days) or open.")
public final class DeadlinesCommand implements Runnable {

    private static final LocalizedText PASSED = LocalizedText.of("dépassée", "passed");
    private static final LocalizedText DUE_SOON = LocalizedText.of("bientôt", "due soon");
    private static final LocalizedText OPEN = LocalizedText.of("ouverte", "open");
    private static final LocalizedText NOT_GIVEN = LocalizedText.of("Date limite non communiquée :", "Deadline not given:");

    @Mixin
    private ScheduleSource source = new ScheduleSource();

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Judge the deadlines as of this day (YYYY-MM-DD). Default: today.")
    private LocalDate asOf;

    @Mixin
    private DisplayOptions display = new DisplayOptions();

    @Spec
    private CommandSpec spec;

    /**
     * The JSON view.
     *
     * @param cohort  the cohort
     * @param asOf  the day the statuses are judged from
     * @param deadlines  the deadlines, by date
     * @param notGiven  the internships whose calendar gives no offer deadline, in schooling order
     */
    record DeadlinesView(int cohort, LocalDate asOf, List<OfferDeadlines.Deadline> deadlines, List<NotGiven> notGiven) {
    }

    /**
     * An internship without an offer deadline: the brochure gives none for the later internships.
     *
     * @param corps  the corps
     * @param type  the internship type
     * @param internshipStart  the internship's first working day
     */
    record NotGiven(Corps corps, InternshipType type, LocalDate internshipStart) {
    }

    @Override
    public void run() {
        ScheduleSource.Selection selection = source.select(spec.commandLine().getErr(), display.language);
        LocalDate day = asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone());
        CohortSchedule schedule = selection.schedules().forCohort(selection.cohort());
        List<OfferDeadlines.Deadline> deadlines = OfferDeadlines.asOf(schedule, day);
        List<NotGiven> notGiven = OfferDeadlines.notGiven(schedule).stream()
                .map(i -> new NotGiven(i.corps(), i.type(), i.period().firstDay())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new DeadlinesView(selection.cohort().year(), day, deadlines, notGiven));
            return;
        }
        Language language = display.language;
        out.println((language == Language.FR ? "Dates limites de dépôt des offres, promotion " : "Offer deadlines, cohort ")
                + selection.cohort() + (language == Language.FR ? ", au " : ", as of ") + DatesInWords.date(day, language));
        for (OfferDeadlines.Deadline deadline : deadlines) {
            String status = switch (deadline.status()) {
                case PASSED -> PASSED.in(language);
                case DUE_SOON -> DUE_SOON.in(language) + " (" + deadline.daysLeft() + (language == Language.FR ? " j)" : " d)");
                case OPEN -> OPEN.in(language);
            };
            out.println(String.format("  %s  %-14s %-28s %-32s%s", deadline.deadline(), status, deadline.corps(),
                    name(selection, deadline.type(), language),
                    deadline.source() == fr.cnfpt.inet.stages.calendar.DateSource.PROJECTED ? " *" : "").stripTrailing());
        }
        if (!notGiven.isEmpty()) {
            out.println(NOT_GIVEN.in(language));
            for (NotGiven internship : notGiven) {
                out.println(String.format("  %-28s %-32s %s", internship.corps(), name(selection, internship.type(), language),
                        (language == Language.FR ? "stage du " : "internship from ")
                                + DatesInWords.date(internship.internshipStart(), language)));
            }
        }
    }

    private static String name(ScheduleSource.Selection selection, InternshipType type, Language language) {
        return selection.edition().catalogue().definition(type).map(d -> d.name().in(language)).orElse(type.code());
    }

    /** Reads an ISO date. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, such as 2026-01-15");
            }
        }
    }
}
