package fr.cnfpt.inet.stages.importer.xlsx;

import static fr.cnfpt.inet.stages.importer.xlsx.HostileWorkbookTest.assertWhole;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.SHEET;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.TRAINEE_HEADER;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.cellXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.entries;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.sheetXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.with;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.withSheet;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook of trainees, holding canary names and e-mails, damaged in every way the importer
 * answers: no problem quotes a canary, in its value, its column or its message (POI's own messages
 * list the shared strings or quote a value; the XML parser's quote a tag or an entity).
 */
class TraineeWorkbookPrivacyTest {

    private static final String GIVEN = "Zéphyrine";
    private static final String FAMILY = "Canardeau";
    private static final String EMAIL = "zephyrine.canardeau@exemple.fr";
    private static final List<String> CANARIES = List.of("canardeau", "zéphyrine", "zephyrine");

    static Stream<Arguments> damagedWorkbooks() {
        String sheet = sheetXml(trainees());
        byte[] sound = workbook(trainees());
        String sharedSheet = new String(entries(sound).get(SHEET), StandardCharsets.UTF_8);
        return Stream.of(
                damaged("a bad shared-string index", with(sound, SHEET, sharedSheet
                        .replaceFirst("(<c r=\"B3\"[^>]*><v>)\\d+(</v>)", "$19999$2")
                        .getBytes(StandardCharsets.UTF_8), false)),
                damaged("an entity named after a trainee", withSheet(sheet.replace(">" + FAMILY + "<",
                        ">&" + FAMILY + ";<"))),
                damaged("a stray ampersand in a name", withSheet(sheet.replace(">" + FAMILY + "<",
                        ">" + FAMILY + " & " + GIVEN + "<"))),
                damaged("a tag named after a trainee", withSheet(sheet.replace("</sheetData>",
                        "<" + FAMILY + "></sheetData>"))),
                damaged("a name for a shared string's number", withSheet(sheet.replaceFirst(
                        "<c r=\"C3\" t=\"inlineStr\"><is><t>2026</t></is></c>",
                        "<c r=\"C3\" t=\"s\"><v>" + FAMILY + "</v></c>"))),
                damaged("a name too long", withSheet(sheet.replace(">" + FAMILY + "<",
                        ">" + (FAMILY + " ").repeat(4_000) + "<"))),
                damaged("a name beyond the last column", withSheet(sheet.replace("</row><row r=\"4\">",
                        cellXml("XFD3", GIVEN + " " + FAMILY) + "</row><row r=\"4\">"))),
                damaged("a DTD naming a trainee", withSheet(sheet.replace("<worksheet",
                        "<!DOCTYPE x [<!ENTITY n \"" + FAMILY + "\">]><worksheet"))),
                damaged("no header row", workbook(trainees().subList(1, 4))),
                damaged("a workbook cut at half", Arrays.copyOf(sound, sound.length / 2)),
                damaged("a sheet cut at half", with(sound, SHEET, Arrays.copyOf(sheet.getBytes(StandardCharsets.UTF_8),
                        sheet.length() / 2), true)),
                damaged("an undeclared namespace prefix", withSheet(sheet.replace("<t>" + GIVEN + "</t>",
                        "<" + FAMILY + ":t>" + GIVEN + "</" + FAMILY + ":t>"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedWorkbooks")
    void quotesNoTraineeDataWhateverTheDamage(String damage, byte[] workbook) {
        WorkbookFixture.Read read = WorkbookFixture.read(new XlsxImporter(), workbook, RecordKind.TRAINEES);

        assertThat(read.collected().problems).as(damage).isNotEmpty();
        assertQuotesNoCanary(read);
        assertWhole(read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedWorkbooks")
    void quotesNoTraineeDataWhenReadBackFromATemporaryFile(String damage, byte[] workbook) {
        WorkbookFixture.Read read = WorkbookFixture.read(new XlsxImporter(0, 0), workbook, RecordKind.TRAINEES);

        assertQuotesNoCanary(read);
        assertWhole(read);
    }

    @Test
    void listsNoSheetNameOfATraineesWorkbookWhenTheSheetAskedForIsMissing() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet(GIVEN + " " + FAMILY).createRow(0).createCell(0).setCellValue("Identifiant");
            book.write(out);
            workbook = out.toByteArray();
        }

        WorkbookFixture.Read read = WorkbookFixture.read(new XlsxImporter(), ImportRequest.of("eleves.xlsx",
                () -> new ByteArrayInputStream(workbook), RecordKind.TRAINEES).withSheet("Autre"));

        assertThat(read.codes()).containsExactly("SHEET_NOT_FOUND");
        assertQuotesNoCanary(read);
    }

    @Test
    void quotesNoTraineeDataWhenTheSharedStringsPassTheirBudget() {
        WorkbookFixture.Read read = WorkbookFixture.read(new XlsxImporter(WorkbookCopy.IN_MEMORY_BYTES, 100),
                workbook(trainees()), RecordKind.TRAINEES);

        assertThat(read.codes()).containsExactly("XLSX_TOO_LARGE");
        assertQuotesNoCanary(read);
    }

    private static List<List<String>> trainees() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TRAINEE_HEADER);
        rows.add(List.of("E1", "ADMINISTRATEUR", "2026", "Albane", "Martin", "albane.martin@exemple.fr"));
        rows.add(List.of("E2", "ADMINISTRATEUR", "2026", GIVEN, FAMILY, EMAIL));
        rows.add(List.of("E3", "INGENIEUR_EN_CHEF", "2026", "Basile", "Durand", "basile.durand@exemple.fr"));
        return rows;
    }

    private static Arguments damaged(String damage, byte[] workbook) {
        return Arguments.of(damage, workbook);
    }

    private static void assertQuotesNoCanary(WorkbookFixture.Read read) {
        for (Problem problem : read.collected().problems) {
            String shown = String.join("\n", problem.value(), problem.column(), problem.message().fr(),
                    problem.message().en()).toLowerCase(Locale.ROOT);
            assertThat(CANARIES).as(problem.toString()).noneMatch(shown::contains);
        }
    }
}
