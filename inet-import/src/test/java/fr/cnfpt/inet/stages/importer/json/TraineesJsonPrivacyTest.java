package fr.cnfpt.inet.stages.importer.json;

import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.read;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.trainee;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file of trainees holds personal data: whatever way it is broken, no problem quotes it, in
 * any field or message. Jackson's messages quote the file ("Unrecognized token 'Dupont'"), so
 * they are left out for such files, and kept for others.
 */
class TraineesJsonPrivacyTest {

    private static final Edition EDITION = Editions.current();
    private static final String CANARY = "Canarydupont";

    private static byte[] brokenTrainees() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8(String.join("\n", List.of(
                trainee("E1", CANARY),
                "\"" + CANARY + "\"",
                "{\"id\":\"E2\",\"corps\":\"ADMINISTRATEUR\",\"cohort\":2026,\"familyName\":" + CANARY + "}",
                "{\"id\":\"E4\",\"familyName\":\"" + CANARY,
                "{\"id\":\"E5\",\"familyName\":\"" + CANARY + "\",\"familyName\":\"" + CANARY + "\"}",
                "{\"id\":\"E6\",\"familyName\":{\"x\":\"" + CANARY + "\"}}",
                "{\"id\":\"E7\",\"familyName\":\"" + CANARY.repeat(3_000) + "\"}",
                "{\"id\":\"E8\",\"familyName\":[\"" + CANARY + "\",[" + CANARY + "]]}",
                "{\"id\":\"E9\",\"familyName\",\"" + CANARY + "\":1}",
                "{\"id\":\"E10\",\"familyName\":\"" + CANARY + "\",\"givenName\":null" + CANARY + "}",
                "{\"id\":\"E11\",\"familyName\":\"" + CANARY + "\\q\"}",
                "{\"id\":\"E12\",\"familyName\":" + CANARY.length() + "0" + CANARY + "}",
                ""))));
        file.writeBytes(("{\"id\":\"E13\",\"familyName\":\"" + CANARY + "é\"}\n").getBytes(Charset.forName("windows-1252")));
        file.writeBytes(utf8("{\"id\":\"E14\",\"familyName\":\"" + CANARY + "\"  " + CANARY));
        return file.toByteArray();
    }

    @Test
    void quotesNoPersonalDataOfABrokenFileOfTrainees() {
        Read read = read("eleves.jsonl", brokenTrainees(), RecordKind.TRAINEES, ImportLimits.defaults());

        assertThat(read.sink().problems).hasSizeGreaterThanOrEqualTo(13).allSatisfy(TraineesJsonPrivacyTest::quotesNoCanary);
        assertThat(read.sink().acceptedLines).containsExactly(1L);
        assertThat(read.facts().rows()).isEqualTo(14);
    }

    @Test
    void quotesNoPersonalDataOfABrokenArrayOfTrainees() {
        for (String record : List.of("{\"familyName\":" + CANARY + "}", "{\"familyName\":\"" + CANARY + "\n\"}",
                "{\"familyName\":\"" + CANARY + "\" " + CANARY + "}", "\"" + CANARY + "\"")) {
            Read read = read("eleves.json", utf8("[" + trainee("E1", CANARY) + ",\n" + record + "]"),
                    RecordKind.TRAINEES, ImportLimits.defaults());

            assertThat(read.sink().problems).isNotEmpty().allSatisfy(TraineesJsonPrivacyTest::quotesNoCanary);
        }
    }

    @Test
    void quotesNoPersonalDataThroughTheWholeValidation() throws Exception {
        Collected sink = new Collected();
        byte[] content = brokenTrainees();

        Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load()).check(ImportRequest.of("eleves.jsonl",
                () -> new ByteArrayInputStream(content), RecordKind.TRAINEES), null, sink);

        assertThat(sink.problems).isNotEmpty().allSatisfy(TraineesJsonPrivacyTest::quotesNoCanary);
    }

    @Test
    void givesTheParsersWordsForAFileWithoutPersonalData() {
        Read read = read("offres.jsonl", utf8("{\"reference\":nullDupont}\n"), RecordKind.OFFERS,
                ImportLimits.defaults());

        assertThat(read.sink().problems).singleElement()
                .satisfies(p -> assertThat(p.message().en()).contains("(Unrecognized token 'nullDupont')"));
    }

    private static void quotesNoCanary(Problem problem) {
        String everything = String.join("|", problem.file(), problem.column(), problem.cell(), problem.field(),
                problem.value(), problem.message().fr(), problem.message().en());
        assertThat(everything.toLowerCase(java.util.Locale.ROOT)).as(problem.code())
                .doesNotContain(CANARY.toLowerCase(java.util.Locale.ROOT)).doesNotContain("canary");
    }
}
