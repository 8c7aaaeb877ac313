package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timelines of the periods page, to the day: one per schooling (the corps that share one, as
 * the administrateurs and the conservateurs de bibliothèques do, in one figure, a lane each), on one
 * axis for the whole cohort so that the figures align. Each internship is a list item whose text
 * gives its name, weeks and dates; the stylesheet draws it as a bar from its first to its last day,
 * with a tick at its offer deadline. Gridlines, bars and ticks are empty, decorative elements: what
 * they show, the text says.
 */
final class Timelines {

    private final Facts facts;
    private final Html html;
    private final TimelineScale scale;

    private Timelines(Facts facts, Html html) {
        this.facts = facts;
        this.html = html;
        List<LocalDate> dates = new ArrayList<>();
        for (CorpsSchedule corps : facts.placed()) {
            corps.schooling().ifPresent(s -> {
                dates.add(s.firstDay());
                dates.add(s.lastDay());
            });
            corps.internships().forEach(i -> {
                dates.add(i.period().lastDay());
                i.offerDeadline().ifPresent(dates::add);
            });
        }
        this.scale = TimelineScale.covering(dates);
    }

    /**
     * Writes the timelines and their legend.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        Timelines timelines = new Timelines(facts, html);
        Map<DateRange, List<CorpsSchedule>> bySchooling = new LinkedHashMap<>();
        for (CorpsSchedule corps : facts.placed()) {
            corps.schooling().ifPresent(s -> bySchooling.computeIfAbsent(s, k -> new ArrayList<>()).add(corps));
        }
        html.open("div", "class", "timelines");
        bySchooling.forEach(timelines::figure);
        timelines.legend();
        html.close("div");
    }

    private void figure(DateRange schooling, List<CorpsSchedule> corps) {
        html.open("figure", "class", "timeline");
        html.open("figcaption");
        int months = facts.edition().profile(corps.get(0).corps()).schooling().map(m -> m.value())
                .orElse((int) java.time.temporal.ChronoUnit.MONTHS.between(schooling.firstDay(),
                        schooling.lastDay().plusDays(1)));
        html.text(Labels.SCHOOLING_OF.format(facts.language(), months, DatesInWords.period(schooling, facts.language())));
        html.close("figcaption");
        html.open("div", "class", "chart");
        axis();
        for (CorpsSchedule lane : corps) {
            html.element("h4", facts.trainees(lane.corps()), "class", "lane");
            html.open("ol", "class", "lane-items");
            lane.internships().forEach(i -> item(i, schooling));
            html.close("ol");
        }
        html.close("div");
        html.close("figure");
    }

    /** A row's background: the schooling's band and the month gridlines. */
    private void grid(DateRange schooling) {
        html.empty("span", "class", "band", "style", "left:" + TimelineScale.percent(scale.position(schooling.firstDay()))
                + ";width:" + TimelineScale.percent(scale.width(schooling)));
        List<YearMonth> months = scale.months();
        for (YearMonth month : months.subList(1, months.size())) {
            html.empty("span", "class", month.getMonth() == Month.JANUARY ? "gridline year-start" : "gridline",
                    "style", "left:" + TimelineScale.percent(scale.position(month.atDay(1))));
        }
    }

    /** The years and the months' initials, above the lanes. */
    private void axis() {
        html.open("div", "class", "axis", "aria-hidden", "true");
        html.empty("span", "class", "axis-label");
        html.open("span", "class", "axis-track");
        List<YearMonth> months = scale.months();
        html.open("span", "class", "years");
        int first = 0;
        for (int i = 1; i <= months.size(); i++) {
            if (i == months.size() || months.get(i).getYear() != months.get(first).getYear()) {
                html.element("span", Integer.toString(months.get(first).getYear()), "class", "year", "style",
                        span(months.get(first).atDay(1), months.get(i - 1).atEndOfMonth().plusDays(1)));
                first = i;
            }
        }
        html.close("span");
        html.open("span", "class", "months");
        for (YearMonth month : months) {
            String name = month.getMonth().getDisplayName(TextStyle.NARROW_STANDALONE, facts.language().locale());
            html.element("span", name.toUpperCase(facts.language().locale()), "class", "month", "style",
                    span(month.atDay(1), month.atEndOfMonth().plusDays(1)));
        }
        html.close("span");
        html.close("span");
        html.close("div");
    }

    /**
     * The place of a label on the scale, from a first day to the day after its last, both clipped to
     * the scale: a month partly before the scale's start (the first deadline's month) is not wider
     * than what the scale shows of it.
     */
    private String span(LocalDate from, LocalDate until) {
        double left = Math.max(0, scale.position(from));
        double right = Math.min(100, scale.position(until));
        return "left:" + TimelineScale.percent(left) + ";width:" + TimelineScale.percent(right - left);
    }

    private void item(ScheduledInternship internship, DateRange schooling) {
        html.open("li", "class", "item type-" + Facts.chapterId(internship.type()));
        html.open("span", "class", "item-label");
        html.element("span", facts.typeName(internship.type()) + " (" + facts.weeks(internship.weeks()) + ")",
                "class", "item-name");
        html.text(" ");
        html.element("span", facts.period(internship), "class", "item-dates");
        html.close("span");
        html.open("span", "class", "item-track", "aria-hidden", "true");
        html.open("span", "class", "track");
        grid(schooling);
        LocalDate first = internship.period().firstDay();
        internship.offerDeadline().filter(d -> d.isBefore(first)).ifPresent(deadline -> html.empty("span",
                "class", "lead-time", "style", "left:" + TimelineScale.percent(scale.position(deadline)) + ";width:"
                        + TimelineScale.percent(scale.position(first) - scale.position(deadline))));
        html.empty("span", "class", "bar", "style", "left:" + TimelineScale.percent(scale.position(first))
                + ";width:" + TimelineScale.percent(scale.width(internship.period())));
        html.close("span");
        html.close("span");
        html.close("li");
    }

    /** A key of the legend: blocks side by side, not list items (see {@code FiguresStrip}). */
    private void key(String swatch, String text) {
        html.open("div", "class", "key");
        html.empty("span", "class", swatch, "aria-hidden", "true");
        html.text(text);
        html.close("div");
    }

    private void legend() {
        Set<InternshipType> types = EnumSet.noneOf(InternshipType.class);
        facts.placed().forEach(c -> c.internships().forEach(i -> types.add(i.type())));
        html.open("div", "class", "legend");
        html.element("p", facts.in(Labels.LEGEND), "class", "legend-title");
        for (InternshipType type : types) {
            key("swatch type-" + Facts.chapterId(type), facts.typeName(type));
        }
        key("swatch swatch-deadline", facts.in(Labels.DEADLINE_MARK));
        key("swatch swatch-schooling", facts.in(Labels.SCHOOLING));
        html.close("div");
    }
}
