package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The brochure's text, block by block, for an edition, a cohort's schedule and a language: what the
 * template lays out. Every date comes from the schedule; every text from the edition, except the
 * headings of the layout ({@link Labels}).
 */
final class BrochureContent {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Edition edition;
    private final CohortSchedule schedule;
    private final Language language;
    private final List<Block> blocks = new ArrayList<>();

    private BrochureContent(Edition edition, CohortSchedule schedule, Language language) {
        this.edition = edition;
        this.schedule = schedule;
        this.language = language;
    }

    /**
     * Writes the brochure's blocks.
     *
     * @param edition  the edition: corps, curriculum, internship types, contact
     * @param schedule  the cohort's dates
     * @param language  the language of the brochure
     * @return the blocks, in reading order, not null
     */
    static List<Block> of(Edition edition, CohortSchedule schedule, Language language) {
        BrochureContent content = new BrochureContent(edition, schedule, language);
        content.contents();
        content.training();
        content.periods();
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            content.internshipType(definition);
        }
        content.contact();
        return keepHeadingsWithNext(content.blocks);
    }

    /** Prints each section heading with the block after it, so that no heading ends a page alone. */
    private static List<Block> keepHeadingsWithNext(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        String heading = null;
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.SECTION) {
                heading = block.text();
            } else if (heading != null) {
                kept.add(block.withHeading(heading));
                heading = null;
            } else {
                kept.add(block);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The chapters' titles, in order. A chapter's title is also its anchor: the PDF bookmark shows
     * it, and the table of contents links to it.
     */
    static List<String> chapters(Edition edition, Language language) {
        List<String> chapters = new ArrayList<>();
        chapters.add(Labels.TRAINING.in(language));
        chapters.add(Labels.PERIODS.in(language));
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            chapters.add(definition.pluralName().in(language));
        }
        chapters.add(Labels.YOUR_CONTACT.in(language));
        return chapters;
    }

    private static Block chapter(String title) {
        return Block.heading(Block.Kind.CHAPTER, title, title);
    }

    private void contents() {
        blocks.add(Block.of(Block.Kind.TITLE, Labels.CONTENTS.in(language)));
        for (String title : chapters(edition, language)) {
            blocks.add(new Block(Block.Kind.CONTENTS_ENTRY, "", title, "", title, List.of(), List.of(), List.of()));
        }
    }

    private void training() {
        Curriculum curriculum = edition.curriculum();
        blocks.add(chapter(Labels.TRAINING.in(language)));
        curriculum.introduction().forEach(p -> paragraph(p));
        blocks.add(Block.heading(Block.Kind.SECTION, "", Labels.DOUBLE_OBJECTIVE.in(language)));
        topics(curriculum.doubleObjective());
        blocks.add(Block.heading(Block.Kind.SECTION, "", Labels.PRINCIPLES.in(language)));
        topics(curriculum.principles());
        blocks.add(Block.heading(Block.Kind.SECTION, "", curriculum.parcours().size() + " "
                + Labels.PARCOURS.in(language)));
        curriculum.parcours().forEach(this::parcours);
        blocks.add(Block.heading(Block.Kind.SECTION, "", curriculum.itineraires().size() + " "
                + Labels.ITINERAIRES.in(language)));
        curriculum.itineraires().forEach(this::parcours);
    }

    private void topics(List<Topic> topics) {
        for (Topic topic : topics) {
            paragraph(topic.statement());
            topic.points().forEach(p -> blocks.add(Block.of(Block.Kind.BULLET, p.in(language))));
        }
    }

    private void parcours(Parcours parcours) {
        blocks.add(Block.row(Block.Kind.TABLE_ROW, parcours.title().in(language), List.of(parcours.contents().in(language))));
    }

    private void periods() {
        blocks.add(chapter(Labels.PERIODS.in(language)));
        edition.hostingPitch().forEach(this::paragraph);
        contactLines().forEach(line -> blocks.add(Block.of(Block.Kind.HIGHLIGHT, line)));
        blocks.add(Block.heading(Block.Kind.SECTION, "", Labels.SUMMARY.in(language)));
        summary();
        for (CorpsProfile profile : edition.profiles()) {
            profile.placementNote().ifPresent(note -> blocks.add(Block.of(Block.Kind.HIGHLIGHT, note.in(language))));
        }
        blocks.add(Block.heading(Block.Kind.SECTION, "", Labels.TIMELINE.in(language) + " " + schedule.cohort() + "-"
                + (schedule.cohort().year() + 1)));
        timeline();
    }

    /** The per-corps summary: schooling, then each internship with its weeks and months. */
    private void summary() {
        List<CorpsSchedule> placed = placedByInet();
        blocks.add(Block.row(Block.Kind.TABLE_HEADER, "", placed.stream()
                .map(s -> edition.profile(s.corps()).trainees().in(language)).toList()));
        blocks.add(Block.row(Block.Kind.TABLE_ROW, "", placed.stream().map(this::schooling).toList()));
        for (List<InternshipType> row : summaryRows(placed)) {
            blocks.add(Block.row(Block.Kind.TABLE_ROW, "", placed.stream().map(s -> row.stream()
                    .map(s::internship).flatMap(Optional::stream).findFirst().map(this::summaryLine).orElse(""))
                    .toList()));
        }
    }

    /** Types in catalogue order; a type no corps shares with the row above joins it (ouverture / perfectionnement). */
    private List<List<InternshipType>> summaryRows(List<CorpsSchedule> placed) {
        List<List<InternshipType>> rows = new ArrayList<>();
        List<Set<Corps>> corpsOfRows = new ArrayList<>();
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            Set<Corps> corps = EnumSet.noneOf(Corps.class);
            placed.stream().filter(s -> s.internship(definition.type()).isPresent()).forEach(s -> corps.add(s.corps()));
            if (corps.isEmpty()) {
                continue;
            }
            int last = rows.size() - 1;
            if (last >= 0 && Collections.disjoint(corpsOfRows.get(last), corps)) {
                rows.get(last).add(definition.type());
                corpsOfRows.get(last).addAll(corps);
            } else {
                rows.add(new ArrayList<>(List.of(definition.type())));
                corpsOfRows.add(corps);
            }
        }
        return rows;
    }

    private String schooling(CorpsSchedule corps) {
        Optional<Integer> months = edition.profile(corps.corps()).schooling().map(m -> m.value());
        return corps.schooling().map(s -> months.map(m -> m + " " + Labels.SCHOOLING_MONTHS.in(language) + " ")
                .orElse("") + "(" + SHORT_DATE.format(s.firstDay()) + " – " + SHORT_DATE.format(s.lastDay()) + ")")
                .orElse("");
    }

    private String summaryLine(ScheduledInternship internship) {
        DateRange period = internship.period();
        String first = monthName(period.firstDay());
        String last = monthName(period.lastDay());
        String months = period.firstDay().getMonth() == period.lastDay().getMonth() ? first : first + " - " + last;
        return name(internship.type()) + " " + internship.weeks().value() + " " + Labels.WEEKS.in(language) + " ("
                + months + " " + period.lastDay().getYear() + ")";
    }

    /** The timeline: per calendar year, one grid (up to seven months) or two half-years. */
    private void timeline() {
        List<CorpsSchedule> placed = placedByInet();
        YearMonth start = placed.stream().flatMap(s -> s.schooling().stream()).map(r -> YearMonth.from(r.firstDay()))
                .min(YearMonth::compareTo).orElseThrow();
        YearMonth end = placed.stream().flatMap(s -> s.schooling().stream()).map(r -> YearMonth.from(r.lastDay()))
                .max(YearMonth::compareTo).orElseThrow();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            int lastMonth = year == end.getYear() ? end.getMonthValue() : 12;
            if (lastMonth <= Block.MAX_CELLS) {
                grid(YearMonth.of(year, 1), lastMonth, placed);
            } else {
                grid(YearMonth.of(year, 1), 6, placed);
                grid(YearMonth.of(year, 7), lastMonth - 6, placed);
            }
        }
    }

    private void grid(YearMonth first, int months, List<CorpsSchedule> placed) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            names.add(capitalized(first.plusMonths(i).getMonth().getDisplayName(TextStyle.FULL, language.locale())));
        }
        List<Block> rows = new ArrayList<>();
        for (CorpsSchedule corps : placed) {
            List<String> cells = new ArrayList<>();
            List<Boolean> shaded = new ArrayList<>();
            for (int i = 0; i < months; i++) {
                YearMonth month = first.plusMonths(i);
                DateRange range = DateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
                Optional<ScheduledInternship> during = corps.internships().stream()
                        .filter(s -> overlaps(s.period(), range)).findFirst();
                shaded.add(during.isPresent());
                boolean gridStart = i == 0;
                cells.add(during.filter(s -> gridStart || YearMonth.from(s.period().firstDay()).equals(month))
                        .map(s -> name(s.type()) + " (" + s.weeks().value() + " " + Labels.WEEKS.in(language) + ")")
                        .orElseGet(() -> schoolingMark(corps, month)));
            }
            rows.add(Block.gridRow(edition.profile(corps.corps()).trainees().in(language), cells, shaded));
        }
        blocks.add(Block.grid(Labels.YEAR.in(language) + " " + first.getYear(), names, rows));
    }

    private String schoolingMark(CorpsSchedule corps, YearMonth month) {
        Optional<DateRange> schooling = corps.schooling();
        if (schooling.filter(s -> YearMonth.from(s.firstDay()).equals(month)).isPresent()) {
            return Labels.SCHOOLING_START.in(language);
        }
        if (schooling.filter(s -> YearMonth.from(s.lastDay()).equals(month)).isPresent()) {
            return Labels.SCHOOLING_END.in(language);
        }
        return "";
    }

    private void internshipType(InternshipTypeDefinition definition) {
        InternshipType type = definition.type();
        blocks.add(chapter(definition.pluralName().in(language)));
        definition.purpose().forEach(this::paragraph);
        definition.collectiveProjectTerms().ifPresent(this::collectiveProject);
        List<Corps> corps = definition.corps().stream()
                .filter(c -> edition.profile(c).isPlacedByInet()).toList();
        List<Internship> internships = corps.stream().map(c -> definition.forCorps(c).orElseThrow()).toList();
        blocks.add(Block.row(Block.Kind.TABLE_HEADER, Labels.CORPS_CONCERNED.in(language),
                corps.stream().map(c -> edition.profile(c).trainees().in(language)).toList()));
        tableRow(Labels.OBJECTIVES.in(language), internships.stream().map(i -> lines(i.objectives())).toList());
        tableRow(Labels.DURATION.in(language), corps.stream().map(c -> duration(c, type)).toList());
        tableRow(Labels.ARRANGEMENTS.in(language), internships.stream().map(this::arrangements).toList());
        tableRow(definition.examplesHeading().in(language), internships.stream().map(this::examples).toList());
        for (HostBenefit benefit : definition.hostBenefits()) {
            blocks.add(Block.of(Block.Kind.HIGHLIGHT, (benefit.highlighted() ? HostBenefit.MARKER.in(language) + " " : "")
                    + benefit.text().in(language)));
        }
    }

    private void collectiveProject(CollectiveProjectTerms terms) {
        String population = String.format(language.locale(), "%,d", terms.populationAbove());
        paragraph(String.format(Labels.TEAM.in(language), terms.teamSize(), population));
        paragraph(String.format(Labels.CONTRIBUTION.in(language),
                String.format(language.locale(), "%,d", terms.contribution().amount().intValue()),
                terms.contributionCovers().in(language)));
    }

    /**
     * Adds a row of a per-corps table, unless all its cells are blank. A text that is the same for
     * every corps (the collective projects' objectives, say) is printed once, across the columns,
     * as the seed brochure does.
     */
    private void tableRow(String label, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        boolean same = cells.stream().distinct().count() == 1;
        blocks.add(Block.row(Block.Kind.TABLE_ROW, label, same ? cells.subList(0, 1) : cells));
    }

    private String duration(Corps corps, InternshipType type) {
        ScheduledInternship internship = schedule.of(corps).internship(type).orElseThrow();
        List<WorkweekPeriod> variants = internship.variants();
        String period = variants.isEmpty() ? DatesInWords.period(internship.period(), language)
                : DatesInWords.eitherPeriod(internship.period(), variants.get(0).period(), language);
        String text = internship.weeks().value() + " " + Labels.WEEKS.in(language) + " " + period;
        return internship.offerDeadline().map(d -> text + "\n" + Labels.DEADLINE.in(language) + " "
                + DatesInWords.date(d, language)).orElse(text);
    }

    private String arrangements(Internship internship) {
        List<String> lines = new ArrayList<>();
        internship.arrangements().statements().forEach(s -> lines.add(s.in(language)));
        internship.arrangements().phases().forEach(p -> lines.add("• " + p.activity().in(language)));
        return String.join("\n", lines);
    }

    private String examples(Internship internship) {
        List<String> lines = new ArrayList<>();
        for (ExampleGroup group : internship.examples()) {
            group.heading().ifPresent(h -> lines.add(h.in(language)));
            group.items().forEach(i -> lines.add("• " + i.in(language)));
        }
        return String.join("\n", lines);
    }

    private void contact() {
        blocks.add(chapter(Labels.YOUR_CONTACT.in(language)));
        contactLines().forEach(line -> blocks.add(Block.of(Block.Kind.PARAGRAPH, line)));
        String keepInTouch = Labels.KEEP_IN_TOUCH.in(language);
        blocks.add(Block.heading(Block.Kind.SECTION, "", keepInTouch));
        // The edition's lines start with the seed's "Gardez le fil avec l'INET", already the heading.
        edition.institution().keepInTouch().stream().filter(line -> !line.in(language).equals(keepInTouch))
                .forEach(this::paragraph);
        paragraph(edition.institution().website());
        paragraph(String.join("\n", edition.institution().addressLines()));
        paragraph(language == Language.FR ? edition.institution().telephone().national()
                : edition.institution().telephone().international());
    }

    private List<String> contactLines() {
        InternshipsContact contact = edition.contact();
        String colon = language == Language.FR ? " : " : ": ";
        boolean french = language == Language.FR;
        return List.of(contact.fullName(), contact.role().in(language), contact.email().value(),
                Labels.TELEPHONE.in(language) + colon + (french ? contact.telephone().national()
                        : contact.telephone().international()) + " | " + Labels.MOBILE.in(language) + colon
                        + (french ? contact.mobile().national() : contact.mobile().international()));
    }

    private List<CorpsSchedule> placedByInet() {
        return schedule.schedules().stream().filter(s -> edition.profile(s.corps()).isPlacedByInet()).toList();
    }

    private String name(InternshipType type) {
        return edition.catalogue().definition(type).map(d -> d.name().in(language)).orElse(type.name());
    }

    private String lines(List<LocalizedText> texts) {
        return texts.stream().map(t -> t.in(language)).collect(Collectors.joining("\n"));
    }

    private void paragraph(LocalizedText text) {
        paragraph(text.in(language));
    }

    private void paragraph(String text) {
        blocks.add(Block.of(Block.Kind.PARAGRAPH, text));
    }

    private String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, language.locale());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean overlaps(DateRange one, DateRange other) {
        return !one.lastDay().isBefore(other.firstDay()) && !other.lastDay().isBefore(one.firstDay());
    }
}
