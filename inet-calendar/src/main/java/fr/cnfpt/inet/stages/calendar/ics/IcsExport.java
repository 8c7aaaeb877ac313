package fr.cnfpt.inet.stages.calendar.ics;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a cohort's schedule as an RFC 5545 iCalendar file, with ical4j: one all-day event per
 * internship and workweek (exclusive {@code DTEND}), one per offer deadline. UIDs are derived from
 * the content and {@code DTSTAMP} is passed in, so the same input gives the same file. ical4j
 * escapes text and ends lines with CRLF; lines are folded at 75 octets by {@link IcsFolding}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IcsExport {

    /** The product identifier written in every file. */
    public static final String PRODUCT = "-//CNFPT INET//inet-stages//FR";

    private static final String UID_DOMAIN = "@stages.inet.cnfpt.fr";

    static {
        // ical4j must never look for a JCache provider or download time-zone updates.
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private IcsExport() {
    }

    /**
     * Writes the schedule of some corps as iCalendar text.
     *
     * @param schedule  the cohort's schedule, not null
     * @param corps  the corps to include, not null
     * @param edition  the edition, for the names of internships and corps, not null
     * @param language  the language of summaries and descriptions, not null
     * @param stamp  the DTSTAMP of every event, not null
     * @return the iCalendar text, CRLF line endings, not null
     */
    public static String of(CohortSchedule schedule, Set<Corps> corps, Edition edition, Language language, Instant stamp) {
        Objects.requireNonNull(corps, "corps");
        Objects.requireNonNull(stamp, "stamp");
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", "INET stages " + schedule.cohort().schoolingYears()));
        IcsTexts texts = new IcsTexts(edition, language);
        for (CorpsSchedule corpsSchedule : schedule.schedules()) {
            if (!corps.contains(corpsSchedule.corps())) {
                continue;
            }
            for (ScheduledInternship internship : corpsSchedule.internships()) {
                for (WorkweekPeriod period : internship.allPeriods()) {
                    calendar.add(event(period.period().firstDay(), period.period().lastDay().plusDays(1),
                            texts.summary(internship, period), texts.description(internship, period),
                            uid(schedule, internship, period.workweek().name()), stamp, internship));
                }
                internship.offerDeadline().ifPresent(deadline -> calendar.add(event(deadline, deadline.plusDays(1),
                        texts.deadlineSummary(internship), texts.deadlineDescription(internship, deadline),
                        uid(schedule, internship, "OFFER_DEADLINE"), stamp, internship)));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar failed ical4j's validation: " + e.getMessage(), e);
        }
        return IcsFolding.fold(out.toString());
    }

    private static VEvent event(LocalDate start, LocalDate endExclusive, String summary, String description, String uid,
            Instant stamp, ScheduledInternship internship) {
        VEvent event = new VEvent(start, endExclusive, summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Description(description));
        event.add(new Categories(new TextList(internship.corps().code(), internship.type().code())));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static String uid(CohortSchedule schedule, ScheduledInternship internship, String what) {
        return schedule.cohort() + "-" + internship.corps().code() + "-" + internship.type().code() + "-" + what + UID_DOMAIN;
    }
}
