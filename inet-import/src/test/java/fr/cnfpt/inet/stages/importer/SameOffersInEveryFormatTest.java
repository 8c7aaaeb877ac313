package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameOffersInEveryFormatTest {

    private static final Edition EDITION = Editions.current();

    @TempDir
    Path folder;

    @Test
    void importsTheSameOffersFromFrenchExcelCsvUtf8CsvJsonAndXlsx() throws Exception {
        List<Offer> frenchExcel = read(OfferTableFixture.frenchExcelCsv(folder), "windows-1252");
        List<Offer> utf8 = read(OfferTableFixture.utf8Csv(folder), "utf-8");
        List<Offer> json = read(OfferTableFixture.json(folder), "utf-8");
        List<Offer> xlsx = read(OfferTableFixture.xlsx(folder), "");

        assertThat(frenchExcel).hasSize(OfferTableFixture.OFFERS.size());
        assertThat(utf8).containsExactlyElementsOf(frenchExcel);
        assertThat(json).containsExactlyElementsOf(frenchExcel);
        assertThat(xlsx).containsExactlyElementsOf(frenchExcel);
    }

    @Test
    void keepsAFormulaAsPlainText() throws Exception {
        List<Offer> offers = read(OfferTableFixture.frenchExcelCsv(folder), "windows-1252");

        assertThat(offers.get(2).title()).isEqualTo("=HYPERLINK(\"http://example.org\",\"Projet\")");
        assertThat(offers.get(0).description()).contains("« DGS »").contains("\n");
    }

    private List<Offer> read(Path file, String encoding) throws Exception {
        Collected collected = new Collected();
        Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load());
        FileReport report = validation.check(ImportRequest.of(file.getFileName().toString(),
                () -> Files.newInputStream(file), RecordKind.OFFERS), null, collected);
        assertThat(collected.errors()).as(file + ": " + collected.problems).isEmpty();
        assertThat(report.rows()).isEqualTo(OfferTableFixture.OFFERS.size());
        assertThat(report.accepted()).isEqualTo(report.rows());
        assertThat(report.encoding()).isEqualTo(encoding);
        return collected.offers;
    }
}
