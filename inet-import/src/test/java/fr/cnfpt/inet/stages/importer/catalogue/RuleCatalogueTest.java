package fr.cnfpt.inet.stages.importer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.audit.AuditCode;
import fr.cnfpt.inet.stages.calendar.audit.CalendarCheck;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue lists every code of every group once per group, from each code's definition. */
class RuleCatalogueTest {

    private final Edition edition = Editions.current();
    private final List<CatalogueEntry> catalogue = RuleCatalogue.of(edition);

    private List<String> codes(CatalogueGroup group) {
        return catalogue.stream().filter(e -> e.group() == group).map(CatalogueEntry::code).toList();
    }

    @Test
    void listsTheGroupsInTheirOrder() {
        assertThat(catalogue.stream().map(CatalogueEntry::group).distinct()).containsExactly(CatalogueGroup.values());
        assertThat(catalogue).isSortedAccordingTo((one, other) -> one.group().compareTo(other.group()));
    }

    @Test
    void listsEachGroupsDefinitions() {
        assertThat(codes(CatalogueGroup.BROCHURE)).containsExactlyElementsOf(Stream.of(OfferRules.all(),
                PlacementRules.placementRules(), PlacementRules.teamRules()).flatMap(List::stream)
                .map(rule -> rule.description().code().value()).toList());
        assertThat(codes(CatalogueGroup.CALENDAR)).containsExactlyElementsOf(
                OfferCalendarRules.descriptions().stream().map(d -> d.code().value()).toList());
        assertThat(codes(CatalogueGroup.DATA)).containsExactlyElementsOf(ProblemCode.all().stream().map(ProblemCode::code).toList());
        assertThat(codes(CatalogueGroup.CALENDAR_FILE)).containsExactlyElementsOf(
                CalendarFileProblem.all().stream().map(CalendarFileProblem::code).toList());
        assertThat(codes(CatalogueGroup.AUDIT)).containsExactlyElementsOf(AuditCode.all(edition).stream()
                .filter(finding -> !(finding instanceof CalendarCheck)).map(AuditCode::code).toList());
    }

    @Test
    void definesNoCodeTwice() {
        Map<String, List<CatalogueGroup>> groupsByCode = catalogue.stream().collect(Collectors.groupingBy(
                CatalogueEntry::code, LinkedHashMap::new, Collectors.mapping(CatalogueEntry::group, Collectors.toList())));
        assertThat(groupsByCode).allSatisfy((code, groups) -> assertThat(groups).as(code).hasSize(1));
    }

    @Test
    void listsTheAuditsChecksOfACalendarOnceAmongTheCalendarFilesProblems() {
        for (CalendarFileProblem check : CalendarFileProblem.scheduleChecks()) {
            assertThat(catalogue).filteredOn(entry -> entry.code().equals(check.code())).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.group()).isEqualTo(CatalogueGroup.CALENDAR_FILE);
                        assertThat(entry.severity()).isEqualTo(check.severity());
                    });
        }
    }

    @Test
    void includesTheEditionsErrata() {
        assertThat(codes(CatalogueGroup.AUDIT)).contains("CONTACT_EMAIL_MISPRINT", "CORPS_NAME_VARIANT");
    }

    @Test
    void givesWhatToDoForProblemsAndASourceForRules() {
        assertThat(catalogue).filteredOn(e -> e.group() == CatalogueGroup.BROCHURE || e.group() == CatalogueGroup.CALENDAR)
                .allSatisfy(rule -> {
                    assertThat(rule.action()).as(rule.code()).isEmpty();
                    assertThat(rule.source()).as(rule.code()).isNotBlank();
                });
        assertThat(catalogue).filteredOn(e -> e.group() != CatalogueGroup.BROCHURE && e.group() != CatalogueGroup.CALENDAR)
                .allSatisfy(problem -> assertThat(problem.action()).as(problem.code()).isPresent());
    }
}
