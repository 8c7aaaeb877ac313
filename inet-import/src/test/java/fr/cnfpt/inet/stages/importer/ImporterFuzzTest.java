package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cnfpt.inet.stages.importer.csv.CsvImporter;
import fr.cnfpt.inet.stages.importer.json.JsonImporter;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.xlsx.XlsxImporter;
import java.io.ByteArrayInputStream;

/**
 * Each importer, fed arbitrary bytes, answers only with its own problem reports: it never throws,
 * and rows read = records + rejected rows. Runs the committed seeds (and any crash reproducers) in
 * regression mode under plain {@code mvn test}; run with JAZZER_FUZZ=1 to fuzz.
 */
class ImporterFuzzTest {

    @FuzzTest
    void csvImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        readsWithoutThrowing(new CsvImporter(), "offres.csv", data);
    }

    @FuzzTest
    void jsonImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        readsWithoutThrowing(new JsonImporter(), "offers.json", data);
    }

    @FuzzTest
    void xlsxImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        readsWithoutThrowing(new XlsxImporter(), "offres.xlsx", data);
    }

    private static void readsWithoutThrowing(Importer importer, String name, byte[] data) throws Exception {
        for (RecordKind kind : RecordKind.values()) {
            Collected collected = new Collected();
            ImportFacts facts = importer.read(ImportRequest.of(name, () -> new ByteArrayInputStream(data), kind),
                    collected);
            assertThat(facts.rows()).isEqualTo(collected.acceptedLines.size() + collected.rejected.size());
            assertThat(collected.problems).allSatisfy(p -> assertThat(p.code()).matches("[A-Z][A-Z_]+"));
        }
    }
}
