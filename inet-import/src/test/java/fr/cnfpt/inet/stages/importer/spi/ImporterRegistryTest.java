package fr.cnfpt.inet.stages.importer.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.importer.csv.CsvImporter;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImporterRegistryTest {

    @Test
    void findsTheBuiltInImportersWithServiceLoader() {
        ImporterRegistry registry = ImporterRegistry.load();

        assertThat(registry.all()).extracting(Importer::id).containsExactlyInAnyOrder("csv", "json", "xlsx");
        assertThat(registry.forFile("Offres 2026.CSV", RecordKind.OFFERS)).map(Importer::id).contains("csv");
        assertThat(registry.forFile("offers.jsonl", RecordKind.PLACEMENTS)).map(Importer::id).contains("json");
        assertThat(registry.forFile("offres.xlsx", RecordKind.TRAINEES)).map(Importer::id).contains("xlsx");
        assertThat(registry.forFile("offres.ods", RecordKind.OFFERS)).isEmpty();
    }

    @Test
    void refusesASecondImporterWithTheSameId() {
        ImporterRegistry registry = ImporterRegistry.empty().register(new CsvImporter());

        assertThatThrownBy(() -> registry.register(new CsvImporter()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'csv'");
    }

    @Test
    void refusesAnIdThatIsNotLowerCaseLettersDigitsAndDashes() {
        Importer bad = new Importer() {
            @Override
            public String id() {
                return "My CSV";
            }

            @Override
            public Set<String> extensions() {
                return Set.of("csv");
            }

            @Override
            public Set<RecordKind> kinds() {
                return Set.of(RecordKind.OFFERS);
            }

            @Override
            public ImportFacts read(ImportRequest request, RowSink sink) {
                return new ImportFacts(0, "x", "", true);
            }
        };

        assertThatThrownBy(() -> ImporterRegistry.empty().register(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsImportersRegisteredDirectly() {
        ImporterRegistry registry = ImporterRegistry.empty().register(new CsvImporter());

        assertThat(registry.byId("CSV")).isPresent();
        assertThat(registry.all()).hasSize(1);
    }

    @Test
    void shortensQuotedValuesAndBlanksControlCharacters() {
        assertThat(Problem.shorten("a\tb")).isEqualTo("a b");
        assertThat(Problem.shorten("x".repeat(200))).hasSize(Problem.MAX_VALUE_LENGTH).endsWith("…");
    }
}
