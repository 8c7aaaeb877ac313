package fr.cnfpt.inet.stages.importer.xlsx;

import static fr.cnfpt.inet.stages.importer.xlsx.HostileWorkbookTest.assertWhole;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.OFFER_HEADER;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.SHEET;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.cellXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.offer;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.offers;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.read;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.rowXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.sheetXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.with;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.withSheet;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a workbook may cost: a cell too long rejects its row and no more, a cell far to the right
 * is kept once, not after 16,000 empty ones, and whatever must be held in memory whole (a part, a
 * tag, the shared strings) is bounded and reported when passed, the file left incomplete.
 */
class WorkbookLimitsTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    void rejectsTheRowOfACellTooLongNamingItAndReadsOn() {
        byte[] workbook = workbook(offers(20, 13, row -> {
            row.set(2, "x".repeat(5_000));
            return row;
        }));
        ImportLimits limits = ImportLimits.defaults().withMaxCellLength(1_000);

        WorkbookFixture.Read read = read(new XlsxImporter(), ImportRequest.of("offres.xlsx",
                () -> new ByteArrayInputStream(workbook), RecordKind.OFFERS).withLimits(limits));

        Problem tooLong = read.problem("CELL_TOO_LONG");
        assertThat(read.codes()).containsExactly("CELL_TOO_LONG");
        assertThat(tooLong.cell()).isEqualTo("C14");
        assertThat(tooLong.column()).isEqualTo("Type de structure");
        assertThat(tooLong.line()).isEqualTo(14);
        assertThat(tooLong.severity()).isEqualTo(Severity.ERROR);
        assertThat(tooLong.value()).isEmpty();
        assertThat(tooLong.message().en()).contains("C14").contains("next ones are read");
        assertThat(read.collected().rejected).containsExactly(14L);
        assertThat(read.collected().acceptedLines).hasSize(19);
        assertThat(read.facts().complete()).isTrue();
        assertWhole(read);
    }

    static Stream<Arguments> longCells() {
        return Stream.of(
                Arguments.of("inline string of 100,000 characters", cellXml("C3", "y".repeat(100_000)), 32_767),
                Arguments.of("number of 40,000 digits", "<c r=\"C3\"><v>" + "1".repeat(40_000) + "</v></c>", 32_767),
                Arguments.of("formula's text result", "<c r=\"C3\" t=\"str\"><f>A1</f><v>" + "w".repeat(40_000)
                        + "</v></c>", 32_767),
                Arguments.of("rich inline string in runs", "<c r=\"C3\" t=\"inlineStr\"><is>"
                        + "<r><t>abcdefgh</t></r>".repeat(5_000) + "</is></c>", 32_767),
                Arguments.of("text cut before POI's handler", cellXml("C3", "z".repeat(10_000)), 20),
                Arguments.of("escaped characters", cellXml("C3", "_x0041_".repeat(21)), 20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longCells")
    void rejectsACellTooLongWhateverItsKind(String kind, String cell, int maxCellLength) {
        List<String> second = new ArrayList<>(offer(2));
        String sheet = "<worksheet " + MAIN + "><sheetData>" + rowXml(1, OFFER_HEADER) + rowXml(2, offer(1))
                + rowXml(3, second).replaceFirst("<c r=\"C3\".*?</c>", java.util.regex.Matcher.quoteReplacement(cell))
                + rowXml(4, offer(3)) + "</sheetData></worksheet>";
        ImportLimits limits = ImportLimits.defaults().withMaxCellLength(maxCellLength);
        byte[] workbook = WorkbookFixture.withStoredSheet(sheet);

        WorkbookFixture.Read read = read(new XlsxImporter(), ImportRequest.of("offres.xlsx",
                () -> new ByteArrayInputStream(workbook), RecordKind.OFFERS).withLimits(limits));

        assertThat(read.codes()).contains("CELL_TOO_LONG");
        assertThat(read.problem("CELL_TOO_LONG").cell()).isEqualTo("C3");
        assertThat(read.collected().rejected).contains(3L);
        assertThat(read.facts().unread()).isEqualTo(Unread.NOTHING);
        assertWhole(read);
    }

    @Test
    void keepsOneCellBeyondTheLastColumnAllowedAndNamesIt() {
        String far = cellXml("XFD3", "loin à droite");
        String sheet = "<worksheet " + MAIN + "><sheetData>" + rowXml(1, OFFER_HEADER) + rowXml(2, offer(1))
                + rowXml(3, offer(2)).replace("</row>", far + cellXml("XFC3", "") + "</row>")
                + rowXml(4, offer(3)) + "</sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        Problem beyond = read.problem("ROW_TOO_MANY_CELLS");
        assertThat(read.codes()).containsExactly("ROW_TOO_MANY_CELLS");
        assertThat(beyond.cell()).isEqualTo("XFD3");
        assertThat(beyond.line()).isEqualTo(3);
        assertThat(beyond.message().en()).contains("Cell XFD3 lies right of the header's last column (K)");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 4L);
        assertWhole(read);
    }

    @Test
    void refusesAHeaderReachingTheLastColumnNamingTheCell() {
        String sheet = "<worksheet " + MAIN + "><sheetData>"
                + rowXml(1, OFFER_HEADER).replace("</row>", cellXml("XFD1", "Colonne") + "</row>")
                + rowXml(2, offer(1)) + "</sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("COLUMNS_TOO_MANY");
        assertThat(read.problem("COLUMNS_TOO_MANY").cell()).isEqualTo("XFD1");
        assertThat(read.problem("COLUMNS_TOO_MANY").message().en()).contains("beyond column 1000 (ALL)");
        assertThat(read.collected().rejected).containsExactly(2L);
        assertThat(read.facts().complete()).isFalse();
        assertWhole(read);
    }

    @Test
    void rejectsEachOfThousandsOfRowsWithACellAtTheLastColumn() {
        StringBuilder sheet = new StringBuilder("<worksheet " + MAIN + "><sheetData>" + rowXml(1, OFFER_HEADER));
        for (int line = 2; line <= 2_001; line++) {
            sheet.append(rowXml(line, offer(line)).replace("</row>", cellXml("XFD" + line, "x") + "</row>"));
        }

        WorkbookFixture.Read read = read(withSheet(sheet.append("</sheetData></worksheet>").toString()));

        assertThat(read.collected().rejected).hasSize(2_000);
        assertThat(read.collected().problems).allSatisfy(p -> assertThat(p.code()).isEqualTo("ROW_TOO_MANY_CELLS"));
        assertWhole(read);
    }

    @Test
    void refusesAPartReadWholeAboveItsBoundAsTooLarge() {
        byte[] styles = ("<styleSheet " + MAIN + ">" + " ".repeat(17 * 1024 * 1024) + "</styleSheet>")
                .getBytes(StandardCharsets.UTF_8);

        WorkbookFixture.Read read = read(with(workbook(offers(2)), "xl/styles.xml", styles, true));

        assertThat(read.codes()).containsExactly("XLSX_TOO_LARGE");
        assertThat(read.problem("XLSX_TOO_LARGE").message().en()).contains("xl/styles.xml").contains("16 MiB");
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(Unread.from(1));
        assertWhole(read);
    }

    @Test
    void refusesATagLongerThanTheMarkupBoundAsTooLarge() {
        String sheet = "<worksheet " + MAIN + "><sheetData>" + rowXml(1, OFFER_HEADER) + rowXml(2, offer(1))
                + "<row r=\"3\" x=\"" + "y".repeat(MarkupGuard.MAX_MARKUP_CHARACTERS) + "\"/></sheetData></worksheet>";

        WorkbookFixture.Read read = read(with(workbook(offers(1)), SHEET, sheet.getBytes(StandardCharsets.UTF_8),
                true));

        assertThat(read.codes()).containsExactly("XLSX_TOO_LARGE");
        assertThat(read.collected().acceptedLines).containsExactly(2L);
        assertThat(read.facts().unread()).isEqualTo(Unread.from(3));
        assertWhole(read);
    }

    @Test
    void refusesSharedStringsBeyondTheirMemoryBudgetAsTooLarge() {
        XlsxImporter frugal = new XlsxImporter(WorkbookCopy.IN_MEMORY_BYTES, 2_000);

        WorkbookFixture.Read read = read(frugal, workbook(offers(50)), RecordKind.OFFERS);

        assertThat(read.codes()).containsExactly("XLSX_TOO_LARGE");
        assertThat(read.problem("XLSX_TOO_LARGE").message().en()).contains("shared strings");
        assertThat(read.facts().rows()).isZero();
        assertThat(read.facts().complete()).isFalse();
        assertWhole(read);
    }

    @Test
    void readsAWorkbookCopiedToATemporaryFileLikeOneHeldInMemory() {
        byte[] workbook = workbook(offers(30));

        WorkbookFixture.Read inMemory = read(workbook);
        WorkbookFixture.Read onDisk = read(new XlsxImporter(0, 0), workbook, RecordKind.OFFERS);

        assertThat(onDisk.collected().offers).isEqualTo(inMemory.collected().offers).hasSize(30);
        assertThat(onDisk.facts()).isEqualTo(inMemory.facts());
    }

    @Test
    void refusesAFileLargerThanTheLimitWhileCopyingIt() {
        byte[] workbook = workbook(offers(30));
        ImportLimits limits = ImportLimits.defaults().withMaxFileBytes(1_000);

        WorkbookFixture.Read read = read(new XlsxImporter(0, 0), ImportRequest.of("offres.xlsx",
                () -> new ByteArrayInputStream(workbook), RecordKind.OFFERS).withLimits(limits));

        assertThat(read.codes()).containsExactly("FILE_TOO_LARGE");
        assertThat(read.facts().complete()).isFalse();
        assertWhole(read);
    }
}
