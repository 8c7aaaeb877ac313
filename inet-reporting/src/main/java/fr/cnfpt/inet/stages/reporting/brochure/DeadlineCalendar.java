package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a host looks for first: the offer deadlines, sorted, a row each, with each corps'
 * internships whose offers are due then (a column per corps, as the seed's summary table has:
 * its schooling first, "18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)"). An internship every corps
 * shares, with the same dates (the collective projects), is one cell across the columns; the
 * internships whose deadline the calendar does not give come last.
 */
final class DeadlineCalendar {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Facts facts;
    private final Html html;

    private DeadlineCalendar(Facts facts, Html html) {
        this.facts = facts;
        this.html = html;
    }

    /**
     * Writes the deadline calendar.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        new DeadlineCalendar(facts, html).table();
    }

    /** The id of the heading above the table, which names it. */
    static final String TITLE_ID = "deadlines-title";

    private void table() {
        List<CorpsSchedule> placed = facts.placed();
        html.tableFrame(TITLE_ID);
        html.open("table", "class", "deadlines columns-" + placed.size());
        html.open("thead").open("tr");
        html.element("th", facts.in(Labels.DEADLINE_COLUMN), "scope", "col", "class", "deadline-column");
        placed.forEach(s -> html.element("th", facts.trainees(s.corps()), "scope", "col"));
        html.close("tr").close("thead");
        html.open("tbody");
        html.open("tr", "class", "schooling");
        html.element("th", facts.in(Labels.SCHOOLING), "scope", "row");
        placed.forEach(this::schooling);
        html.close("tr");
        for (Optional<LocalDate> deadline : deadlines(placed)) {
            row(placed, deadline);
        }
        html.close("tbody");
        html.close("table");
        html.close("div");
    }

    /** The deadlines, earliest first, then none (a date not announced). */
    private static List<Optional<LocalDate>> deadlines(List<CorpsSchedule> placed) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        boolean undated = false;
        for (CorpsSchedule corps : placed) {
            for (ScheduledInternship internship : corps.internships()) {
                internship.offerDeadline().ifPresent(dates::add);
                undated |= internship.offerDeadline().isEmpty();
            }
        }
        List<Optional<LocalDate>> rows = new ArrayList<>(dates.stream().map(Optional::of).toList());
        if (undated) {
            rows.add(Optional.empty());
        }
        return rows;
    }

    private void row(List<CorpsSchedule> placed, Optional<LocalDate> deadline) {
        List<List<ScheduledInternship>> cells = placed.stream().map(s -> s.internships().stream()
                .filter(i -> i.offerDeadline().equals(deadline))
                .sorted(Comparator.comparing((ScheduledInternship i) -> i.period().firstDay())).toList()).toList();
        html.open("tr", "class", deadline.isPresent() ? null : "no-deadline");
        html.element("th", deadline.map(facts::date).orElse(facts.in(Labels.NO_DEADLINE)), "scope", "row");
        List<List<String>> texts = cells.stream().map(c -> c.stream().map(this::line).toList()).toList();
        if (texts.size() > 1 && !texts.get(0).isEmpty() && texts.stream().distinct().count() == 1) {
            html.open("td", "colspan", Integer.toString(texts.size()), "class", "shared");
            cell(cells.get(0));
            html.close("td");
        } else {
            cells.forEach(c -> {
                html.open("td");
                cell(c);
                html.close("td");
            });
        }
        html.close("tr");
    }

    private void cell(List<ScheduledInternship> internships) {
        for (ScheduledInternship internship : internships) {
            html.open("p", "class", "type-" + Facts.chapterId(internship.type()));
            html.element("span", facts.typeName(internship.type()), "class", "internship-name");
            html.text(" " + facts.duration(internship));
            html.close("p");
        }
    }

    /** A cell's line, to compare cells: "Stage d'observation 4 semaines du 30 mars au 24 avril 2026". */
    private String line(ScheduledInternship internship) {
        return facts.typeName(internship.type()) + " " + facts.duration(internship);
    }

    /** "18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)", as the seed's summary writes it. */
    private void schooling(CorpsSchedule corps) {
        Optional<Integer> months = facts.edition().profile(corps.corps()).schooling().map(m -> m.value());
        html.open("td");
        corps.schooling().ifPresent(s -> {
            months.ifPresent(m -> html.text(Labels.SCHOOLING_MONTHS.format(facts.language(), m) + " "));
            // The dates whole, on one line: a line may break after a slash otherwise. One span: the PDF's
            // text keeps its order (openhtmltopdf draws a styled inline box after the text around it).
            html.element("span", "(" + SHORT_DATE.format(s.firstDay()) + " – " + SHORT_DATE.format(s.lastDay()) + ")",
                    "class", "unbroken");
        });
        html.close("td");
    }
}
