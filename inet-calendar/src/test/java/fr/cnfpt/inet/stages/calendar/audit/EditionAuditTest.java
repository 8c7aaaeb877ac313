package fr.cnfpt.inet.stages.calendar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.calendar.official.CalendarProblem;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendarReader;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit lists the 2026-2027 brochure's inconsistencies, with where they are, for every cohort. */
class EditionAuditTest {

    private static final List<String> TEXT_FINDINGS = List.of(
            "PROFESSIONNALISATION_WEEKS_CONSERVATEURS", "CONTACT_EMAIL_MISPRINT", "INGENIEURS_INCLUSIVE_FORM",
            "INGENIEURS_FEMININE_FIRST", "INGENIEURS_END_OF_SCHOOLING_MONTH", "ETAPE_WITHOUT_ACCENT",
            "ELEVE_INCLUSIVE_FORM", "TRONC_COMMUN_HOURS_SPACING", "SWITCHBOARD_NUMBER_FORMAT",
            "SCHOOLING_YEARS_ABBREVIATED");

    private final Schedules schedules = Schedules.of(Editions.current());
    private final EditionAudit audit = EditionAudit.of(Editions.current(), schedules);

    @Test
    void findsTheBrochuresInconsistencies() {
        List<AuditFinding> findings = audit.audit(CohortYear.of(2026));
        assertThat(findings).extracting(AuditFinding::code).containsExactlyElementsOf(
                java.util.stream.Stream.concat(TEXT_FINDINGS.stream(), java.util.stream.Stream.of("CALENDAR_WEEKS_DIFFER"))
                        .toList());
    }

    /**
     * Cohort 2027's dates are projected, 2026's official: the audit finds the same things, the
     * edition's texts being the same and the calendar checked the same way.
     */
    @ParameterizedTest(name = "cohort {0}")
    @ValueSource(ints = {2027, 2028, 2030, 2037})
    void findsForAProjectedCohortWhatItFindsForTheOfficialOne(int year) {
        List<AuditFinding> official = audit.audit(CohortYear.of(2026));
        List<AuditFinding> projected = audit.audit(CohortYear.of(year));
        assertThat(schedules.forCohort(CohortYear.of(year)).isProjected()).isTrue();
        assertThat(projected).extracting(AuditFinding::code)
                .containsExactlyElementsOf(official.stream().map(AuditFinding::code).toList());
        assertThat(projected.subList(0, TEXT_FINDINGS.size())).isEqualTo(official.subList(0, TEXT_FINDINGS.size()));
    }

    /** "9 semaines du 12 octobre au 18 décembre 2026" spans 10 calendar weeks, for the three corps at once. */
    @Test
    void reportsTheCollectiveProjectsTenCalendarWeeksOnceForTheThreeCorps() {
        AuditFinding weeks = audit.audit(CohortYear.of(2026)).stream()
                .filter(f -> f.code().equals("CALENDAR_WEEKS_DIFFER")).findFirst().orElseThrow();
        assertThat(weeks.location().fr()).isEqualTo("Projet collectif, du 12 octobre au 18 décembre 2026"
                + " (ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES, INGENIEUR_EN_CHEF)");
        assertThat(weeks.message().en()).contains("9 declared weeks").contains("10 calendar weeks");
    }

    /** The same gap is a warning when the calendar file is read and a finding of the audit: one definition. */
    @Test
    void reportsTheGapByTheCalendarFilesOwnDefinition() {
        AuditFinding weeks = audit.audit(CohortYear.of(2026)).stream()
                .filter(f -> f.code().equals("CALENDAR_WEEKS_DIFFER")).findFirst().orElseThrow();
        assertThat(weeks.definition()).isEqualTo(CalendarCheck.of(CalendarFileProblem.CALENDAR_WEEKS_DIFFER));
        assertThat(weeks.definition().definition()).isSameAs(CalendarFileProblem.CALENDAR_WEEKS_DIFFER.definition());
        assertThat(weeks.definition().severity()).isEqualTo(fr.cnfpt.inet.stages.domain.rule.Severity.WARNING);
    }

    /** The summary table's 13 weeks against the detailed table's "11 semaines du 18 mai au 30 juillet 2027". */
    @Test
    void reportsTheSummaryTablesThirteenWeeksForTheLibraryCurators() {
        assertThat(audit.audit(CohortYear.of(2026))).filteredOn(f -> f.code().equals("PROFESSIONNALISATION_WEEKS_CONSERVATEURS"))
                .singleElement().satisfies(f -> assertThat(f.message().fr()).contains("13 semaines").contains("11 semaines"));
    }

    /**
     * The seed writes the engineers three ways: "Élèves ingénieurs et ingénieurs en chef territoriaux"
     * (summary table, timelines, collective projects), "ingénieurs et ingénieures" (observation table)
     * and "Élèves ingénieures et ingénieurs en chef territoriaux" (perfectionnement page). The audit
     * reports the two the edition does not print, quoted, with where they are.
     */
    @ParameterizedTest(name = "cohort {0}")
    @ValueSource(ints = {2026, 2027})
    void reportsTheSeedsSpellingVariantsOfTheEngineersWithWhereTheyAre(int year) {
        List<AuditFinding> findings = audit.audit(CohortYear.of(year));
        assertThat(findings).filteredOn(f -> f.code().equals("INGENIEURS_INCLUSIVE_FORM")).singleElement().satisfies(f -> {
            assertThat(f.message().fr()).contains("« Élèves ingénieurs et ingénieurs en chef territoriaux »")
                    .contains("ingénieurs et ingénieures en chef territoriaux");
            assertThat(f.location().fr()).contains("Tableau récapitulatif", "frises", "projets collectifs");
        });
        assertThat(findings).filteredOn(f -> f.code().equals("INGENIEURS_FEMININE_FIRST")).singleElement().satisfies(f -> {
            assertThat(f.message().fr()).contains("« Élèves ingénieures et ingénieurs en chef territoriaux »");
            assertThat(f.location().fr()).contains("Stages de perfectionnement");
        });
    }

    /** The library prints one spelling: none of its own texts is a variant. */
    @Test
    void findsNoVariantOfACorpsNameInTheEditionsOwnTexts() {
        assertThat(audit.textFindings()).extracting(AuditFinding::code).doesNotContain("CORPS_NAME_VARIANT");
    }

    /** An edition whose texts write "ingénieures et ingénieurs en chef" gets a finding naming the text. */
    @Test
    void reportsAVariantOfACorpsNameInAnEditionsText() {
        Edition current = Editions.current();
        InternshipsContact contact = current.contact();
        InternshipsContact variant = new InternshipsContact(contact.givenName(), contact.familyName(),
                LocalizedText.of("Conseillère formation des élèves ingénieures et ingénieurs en chef", "Training adviser"),
                contact.email(), contact.telephone(), contact.mobile());
        Edition.Builder builder = Edition.builder(current.cohort()).title(current.title(), current.coverQuestions())
                .hostingPitch(current.hostingPitch()).curriculum(current.curriculum()).catalogue(current.catalogue())
                .contact(variant).institution(current.institution()).errata(List.of());
        for (CorpsProfile profile : current.profiles()) {
            builder.profile(profile);
        }
        List<AuditFinding> findings = EditionAudit.of(builder.build(), schedules).textFindings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CORPS_NAME_VARIANT");
            assertThat(f.location().fr()).isEqualTo("contact.role");
            assertThat(f.message().fr()).contains("« ingénieures et ingénieurs »", "« ingénieurs et ingénieures »");
        });
    }

    @Test
    void reportsADeadlineAfterItsInternshipStarts() throws IOException {
        String json = "{\"cohort\": 2027, \"schedules\": [{\"corps\": \"INGENIEUR_EN_CHEF\", \"stages\": [{\"type\":"
                + " \"OBSERVATION\", \"start\": \"2027-05-31\", \"end\": \"2027-06-18\", \"offerDeadline\": \"2027-06-01\"}]}]}";
        OfficialCalendarReader.Result read = OfficialCalendarReader.of(Editions.current(), PublicHolidays.metropolitanFrance())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.problems()).extracting(CalendarProblem::code).contains("DEADLINE_AFTER_START");
    }

    @Test
    void findsNothingWrongInAProjectedCalendarButTheCollectiveProjectsExtraWeek() {
        assertThat(audit.audit(CohortYear.of(2030)).subList(TEXT_FINDINGS.size(), TEXT_FINDINGS.size() + 1))
                .extracting(AuditFinding::code).containsExactly("CALENDAR_WEEKS_DIFFER");
        assertThat(audit.audit(CohortYear.of(2030))).hasSize(TEXT_FINDINGS.size() + 1);
    }
}
