package fr.cnfpt.inet.stages.importer.xlsx;

import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.SHEET;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.cellXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.entries;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.offer;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.offers;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.read;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.rowXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.sheetXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.with;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.withSheet;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.workbook;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.zip;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks crafted to hurt: each is refused for safety ({@code XLSX_UNSAFE}) only when it is a
 * zip bomb or declares a DTD, is reported damaged ({@code XLSX_INVALID}) otherwise, keeps the rows
 * read before the damage, says that the rest was not read, and never throws.
 */
class HostileWorkbookTest {

    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    void refusesAZipBombForSafety() {
        String sheet = "<worksheet " + MAIN + "><sheetData>" + " ".repeat(30_000_000) + "</sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
        assertThat(read.problem("XLSX_UNSAFE").message().en()).contains("zip bomb").contains(SHEET);
        assertStoppedBeforeAnyRow(read);
    }

    @Test
    void refusesABillionLaughsSheetForSafety() {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<worksheet " + MAIN + "><sheetData><row r=\"1\">" + cellXml("A1", "&lol3;")
                + "</row></sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
        assertThat(read.problem("XLSX_UNSAFE").message().fr()).contains("DOCTYPE");
        assertStoppedBeforeAnyRow(read);
    }

    @Test
    void refusesADoctypeInAPartPoiReadsItselfForSafety() {
        byte[] workbook = with(workbook(offers(2)), "[Content_Types].xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types/>"
                        .getBytes(StandardCharsets.UTF_8), false);

        WorkbookFixture.Read read = read(workbook);

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
        assertStoppedBeforeAnyRow(read);
    }

    @Test
    void refusesADoctypeWrittenInUtf16ForSafety() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e \"e\">]><worksheet "
                + MAIN + "/>";

        WorkbookFixture.Read read = read(withSheet("\uFEFF" + sheet, StandardCharsets.UTF_16LE));

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
    }

    @Test
    void refusesAnElementBeyondTheXmlReadersLimitsForSafety() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            attributes.append(" a").append(i).append("=\"\"");
        }
        String sheet = "<worksheet " + MAIN + "><sheetData><row r=\"1\"" + attributes + "/></sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
    }

    @Test
    void refusesAnArchiveOfMoreThanAThousandEntriesBeforeLoadingIt() {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(workbook(offers(2))));
        for (int i = 0; i < 1_000; i++) {
            entries.put("x/" + i, new byte[0]);
        }

        WorkbookFixture.Read read = read(zip(entries, null));

        assertThat(read.codes()).containsExactly("XLSX_UNSAFE");
        assertThat(read.problem("XLSX_UNSAFE").message().en()).contains("1000 parts");
    }

    @Test
    void callsAStrayAmpersandADamagedSheetAndKeepsTheRowsBefore() {
        List<List<String>> rows = offers(8);
        String sheet = sheetXml(rows).replace("Observation 5<", "Martin & Dupont<");

        WorkbookFixture.Read read = read(withSheet(sheet));

        Problem damaged = read.problem("XLSX_INVALID");
        assertThat(read.codes()).containsExactly("XLSX_INVALID");
        assertThat(damaged.line()).isEqualTo(6);
        assertThat(damaged.message().en()).contains("from row 6").contains("J6").contains("'&'");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 3L, 4L, 5L);
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(Unread.from(6));
        assertWhole(read);
    }

    @Test
    void callsABadSharedStringIndexADamagedSheetNamingTheCell() {
        byte[] sound = workbook(offers(6));
        String sheet = new String(entries(sound).get(SHEET), StandardCharsets.UTF_8)
                .replaceFirst("(<c r=\"B4\"[^>]*><v>)\\d+(</v>)", "$19999$2");

        WorkbookFixture.Read read = read(with(sound, SHEET, sheet.getBytes(StandardCharsets.UTF_8), false));

        Problem damaged = read.problem("XLSX_INVALID");
        assertThat(damaged.line()).isEqualTo(4);
        assertThat(damaged.message().fr()).contains("B4").contains("9999").doesNotContain("Ville de Metz");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 3L);
        assertThat(read.facts().unread()).isEqualTo(Unread.from(4));
        assertWhole(read);
    }

    @ParameterizedTest(name = "cut at {0} %")
    @ValueSource(doubles = {10, 50, 90, 99, 99.9})
    void refusesATruncatedArchiveAndSaysNothingWasRead(double percent) {
        byte[] sound = workbook(offers(300));

        WorkbookFixture.Read read = read(Arrays.copyOf(sound, (int) (sound.length * percent / 100)));

        assertThat(read.codes()).containsExactly("XLSX_INVALID");
        assertThat(read.problem("XLSX_INVALID").message().en()).contains("truncated");
        assertStoppedBeforeAnyRow(read);
    }

    @Test
    void keepsTheRowsBeforeASheetCutShortInsideASoundArchive() {
        String sheet = sheetXml(offers(100));
        byte[] cut = with(workbook(offers(1)), SHEET, Arrays.copyOf(sheet.getBytes(StandardCharsets.UTF_8),
                sheet.length() / 2), true);

        WorkbookFixture.Read read = read(cut);

        assertThat(read.codes()).containsExactly("XLSX_INVALID");
        long stop = read.problem("XLSX_INVALID").line();
        assertThat(stop).isBetween(40L, 60L);
        assertThat(read.collected().acceptedLines).hasSize((int) stop - 2);
        assertThat(read.facts().unread()).isEqualTo(Unread.from(stop));
        assertWhole(read);
    }

    @Test
    void callsGarbledCompressedDataADamagedWorkbook() {
        byte[] sound = workbook(offers(400));
        byte[] garbled = sound.clone();
        int sheetData = indexOf(garbled, SHEET.getBytes(StandardCharsets.US_ASCII)) + SHEET.length();
        for (int i = sheetData + 2_000; i < sheetData + 2_050; i++) {
            garbled[i] ^= (byte) 0x5A;
        }

        WorkbookFixture.Read read = read(garbled);

        assertThat(read.codes()).contains("XLSX_INVALID").doesNotContain("XLSX_UNSAFE");
        assertThat(read.facts().complete()).isFalse();
        assertWhole(read);
    }

    @Test
    void namesAnOldExcelWorkbookForWhatItIs() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}, 4096);

        WorkbookFixture.Read read = read(xls);

        assertThat(read.codes()).containsExactly("XLSX_INVALID");
        assertThat(read.problem("XLSX_INVALID").message().fr()).contains(".xls");
        assertStoppedBeforeAnyRow(read);
    }

    @Test
    void reportsAnEmptyFileAsEmpty() {
        WorkbookFixture.Read read = read(new byte[0]);

        assertThat(read.codes()).containsExactly("FILE_EMPTY");
        assertThat(read.facts().complete()).isFalse();
    }

    @Test
    void callsARowNumberedZeroADamagedSheet() {
        String sheet = "<worksheet " + MAIN + "><sheetData>" + rowXml(1, WorkbookFixture.OFFER_HEADER)
                + rowXml(2, offer(1)) + rowXml(0, offer(2)) + "</sheetData></worksheet>";

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("XLSX_INVALID");
        assertThat(read.collected().acceptedLines).containsExactly(2L);
        assertThat(read.facts().unread()).isEqualTo(Unread.from(3));
        assertWhole(read);
    }

    @Test
    void reportsANotANumberCellAsABadValueOfItsRowOnly() {
        String sheet = sheetXml(offers(3)).replaceFirst("<c r=\"D3\" t=\"inlineStr\"><is><t>120000</t></is></c>",
                "<c r=\"D3\"><v>NaN</v></c>");

        WorkbookFixture.Read read = read(withSheet(sheet));

        assertThat(read.codes()).containsExactly("NUMBER_INVALID");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 4L);
        assertThat(read.facts().complete()).isTrue();
        assertWhole(read);
    }

    private static void assertStoppedBeforeAnyRow(WorkbookFixture.Read read) {
        assertThat(read.collected().problems).allSatisfy(p -> assertThat(p.line()).isZero());
        assertThat(read.facts().rows()).isZero();
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(Unread.from(1));
        assertWhole(read);
    }

    /** Rows read = accepted + rejected; no message shows an exception. */
    static void assertWhole(WorkbookFixture.Read read) {
        assertThat(read.facts().rows()).isEqualTo(read.passedOn());
        assertThat(read.collected().problems).allSatisfy(p -> {
            assertThat(p.message().fr() + p.message().en()).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("\n");
            assertThat(p.cell().length()).isLessThanOrEqualTo(16);
        });
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
