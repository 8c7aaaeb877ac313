package fr.cnfpt.inet.stages.importer.editionfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A later edition can be supplied as JSON data: export the built-in one, change it, read it back. */
class EditionJsonTest {

    private static String json(Edition edition) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EditionJson.write(edition, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Edition read(String json) throws IOException {
        return EditionJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBackTheEditionItWrites() throws IOException {
        String written = json(Editions.current());
        Edition read = read(written);
        assertThat(json(read)).isEqualTo(written);
        assertThat(read.label()).isEqualTo("2026-2027");
        assertThat(read.catalogue().find(InternshipType.PROFESSIONNALISATION, Corps.CONSERVATEUR_BIBLIOTHEQUES)
                .orElseThrow().weeks().value()).isEqualTo(11);
        assertThat(read.curriculum().parcours()).hasSize(8);
        assertThat(read.errata()).hasSameSizeAs(Editions.current().errata());
    }

    @Test
    void suppliesALaterEditionWithoutChangingCode() throws IOException {
        String next = json(Editions.current())
                .replace("\"cohort\" : 2026", "\"cohort\" : 2027")
                .replace("\"teamSize\" : 4", "\"teamSize\" : 5");
        Edition edition = read(next);
        assertThat(edition.label()).isEqualTo("2027-2028");
        assertThat(edition.catalogue().definition(InternshipType.PROJET_COLLECTIF).orElseThrow()
                .collectiveProjectTerms().orElseThrow().teamSize()).isEqualTo(5);
    }

    @Test
    void namesTheLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> read("{\n  \"format\": 1,\n  \"cohort\": ,\n}"))
                .isInstanceOf(EditionFormatException.class).hasMessageStartingWith("line 3, column");
    }

    @Test
    void refusesUnknownFields() throws IOException {
        String typo = json(Editions.current()).replaceFirst("\"coverQuestions\"", "\"coverQuestion\"");
        assertThatThrownBy(() -> read(typo)).isInstanceOf(EditionFormatException.class)
                .hasMessageContaining("coverQuestion");
    }

    @Test
    void namesTheJsonPathOfAValueTheDomainRefuses() throws IOException {
        String zeroWeeks = json(Editions.current()).replaceFirst("\"weeks\" : 4", "\"weeks\" : 0");
        assertThatThrownBy(() -> read(zeroWeeks)).isInstanceOf(EditionFormatException.class)
                .hasMessageStartingWith("$.internshipTypes[0].internships[0]").hasMessageContaining("at least 1");
    }

    @Test
    void refusesAnEditionProfilingACorpsTwice() throws IOException {
        String twice = json(Editions.current()).replaceFirst("\"code\" : \"ADMINISTRATEUR\"",
                "\"code\" : \"CONSERVATEUR_PATRIMOINE\"");
        assertThatThrownBy(() -> read(twice)).isInstanceOf(EditionFormatException.class)
                .hasMessageStartingWith("$.corps").hasMessageContaining("profiled twice");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("")).isInstanceOf(EditionFormatException.class);
    }
}
