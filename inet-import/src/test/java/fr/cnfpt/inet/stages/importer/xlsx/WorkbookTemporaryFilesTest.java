package fr.cnfpt.inet.stages.importer.xlsx;

import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.SHEET;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.offers;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.sheetXml;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.with;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.withSheet;
import static fr.cnfpt.inet.stages.importer.xlsx.WorkbookFixture.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The temporary files of an import: a workbook too large to be held in memory is copied to one
 * file of POI's temporary folder (here a test's own, through POI's strategy), which is gone when
 * the import ends, whether it went well or not. POI itself writes none (its stream reading spooled
 * every entry of a workbook written by POI to a {@code poi-zip-entry} file, and left them behind
 * when the archive was truncated).
 */
class WorkbookTemporaryFilesTest {

    @TempDir
    Path folder;

    static Stream<Arguments> workbooks() {
        byte[] sound = workbook(offers(40));
        String spaces = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + " ".repeat(5_000_000) + "</sheetData></worksheet>";
        return Stream.of(
                Arguments.of("a sound workbook", sound, ImportLimits.defaults()),
                Arguments.of("a truncated workbook", Arrays.copyOf(sound, sound.length / 2), ImportLimits.defaults()),
                Arguments.of("a zip bomb", withSheet(spaces), ImportLimits.defaults()),
                Arguments.of("a damaged sheet", withSheet(sheetXml(offers(10)).replace("Observation 5<", "&<")),
                        ImportLimits.defaults()),
                Arguments.of("a cell too long", sound, ImportLimits.defaults().withMaxCellLength(5)),
                Arguments.of("a file too large", sound, ImportLimits.defaults().withMaxFileBytes(sound.length / 2)),
                Arguments.of("a DTD", with(sound, SHEET, "<!DOCTYPE x []><x/>".getBytes(StandardCharsets.UTF_8), false),
                        ImportLimits.defaults()),
                Arguments.of("too many rows", sound, ImportLimits.defaults().withMaxRows(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void leavesNoTemporaryFileBehind(String name, byte[] workbook, ImportLimits limits) throws IOException {
        List<String> created = new ArrayList<>();
        DefaultTempFileCreationStrategy strategy = new DefaultTempFileCreationStrategy(folder.toFile()) {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                created.add(prefix);
                return super.createTempFile(prefix, suffix);
            }
        };
        ImportRequest request = ImportRequest.of("offres.xlsx", () -> new ByteArrayInputStream(workbook),
                RecordKind.OFFERS).withLimits(limits);

        WorkbookFixture.Read read = TempFile.withStrategy(strategy, () -> WorkbookFixture.read(new XlsxImporter(0, 0),
                request));

        assertThat(created).as("the copy only").containsExactly("inet-xlsx-");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as(name).isEmpty();
        }
        HostileWorkbookTest.assertWhole(read);
    }
}
