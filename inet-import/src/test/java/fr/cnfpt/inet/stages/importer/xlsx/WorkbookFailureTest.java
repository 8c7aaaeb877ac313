package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.xlsx.WorkbookFailure.Phase;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXParseException;

/**
 * The code of a failure comes from its type and from markers that do not depend on the language
 * of a message; a damaged sheet is never taken for an unsafe one because its parser's message
 * speaks of an entity; and no message quotes what POI's messages quote.
 */
class WorkbookFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("a DOCTYPE refused by the parser, in French", sax("DOCTYPE n'est pas autorisé lorsque la"
                        + " fonctionnalité \"http://apache.org/xml/features/disallow-doctype-decl\" est définie sur"
                        + " True."), "XLSX_UNSAFE"),
                Arguments.of("an entity expansion limit, in French", sax("JAXP00010001 : L'analyseur a rencontré plus"
                        + " de \"64000\" développements d'entité dans ce document."), "XLSX_UNSAFE"),
                Arguments.of("a stray ampersand", sax("The entity name must immediately follow the '&' in the entity"
                        + " reference."), "XLSX_INVALID"),
                Arguments.of("an undeclared entity", sax("The entity \"nbsp\" was referenced, but not declared."),
                        "XLSX_INVALID"),
                Arguments.of("POI's zip-bomb verdict, wrapped", new POIXMLException(new IOException("Zip bomb detected!"
                        + " The file would exceed the max. ratio of compressed file size to the size of the expanded"
                        + " data.")), "XLSX_UNSAFE"),
                Arguments.of("POI's count of entries", new InvalidFormatException(String.format(
                        ZipSecureFile.MAX_FILE_COUNT_MSG, 1000)), "XLSX_UNSAFE"),
                Arguments.of("a refusal of the guards, by its message only", new InvalidFormatException(
                        new WorkbookRefusal(WorkbookRefusal.Reason.DOCTYPE, "[Content_Types].xml").getMessage()),
                        "XLSX_UNSAFE"),
                Arguments.of("POI's shared-strings table", new IllegalStateException("Cannot get item at 7 with"
                        + " strings: [Canardeau, zephyrine.canardeau@exemple.fr]"), "XLSX_INVALID"),
                Arguments.of("a number POI could not read", new NumberFormatException("For input string:"
                        + " \"Canardeau\""), "XLSX_INVALID"),
                Arguments.of("memory exhausted", new OutOfMemoryError("Java heap space"), "XLSX_TOO_LARGE"),
                Arguments.of("the file's size", new FileTooLargeException(1_000), "FILE_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void classifiesAFailureByItsTypeOrLanguageFreeMarker(String name, Throwable failure, String code) {
        assertThat(WorkbookFailure.of(failure, Phase.SHEET, 14, "C14", false).code()).isEqualTo(code);
        assertThat(WorkbookFailure.of(failure, Phase.PARTS, 0, "", true).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void neverQuotesPoiOrTheParserInATraineesFile(String name, Throwable failure, String code) {
        WorkbookFailure described = WorkbookFailure.of(failure, Phase.SHEET, 14, "C14", true);

        assertThat(described.message().fr() + described.message().en()).doesNotContain("Canardeau")
                .doesNotContain("canardeau").doesNotContain("nbsp").doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void quotesNeitherPoiNorAValueInAnotherFile() {
        WorkbookFailure strings = WorkbookFailure.of(new IllegalStateException("Cannot get item at 7 with strings:"
                + " [Canardeau]"), Phase.SHEET, 14, "C14", false);
        WorkbookFailure number = WorkbookFailure.of(new NumberFormatException("For input string: \"Canardeau\""),
                Phase.SHEET, 14, "C14", false);

        assertThat(strings.message().en() + number.message().en()).doesNotContain("Canardeau");
        assertThat(strings.message().en()).isEqualTo("The sheet is damaged from row 14, near cell C14: the rows"
                + " before are read, not the rest. Save the workbook again from Excel as \"Excel Workbook (.xlsx)\".");
    }

    @Test
    void givesTheParsersFirstLineShortenedForAFileOfOffers() {
        SAXParseException parse = sax("The element type \"" + "x".repeat(500) + "\" must be terminated.\nSecond line");

        WorkbookFailure described = WorkbookFailure.of(parse, Phase.SHEET, 3, "", false);

        assertThat(described.message().en()).contains("(detail: \"The element type \"xxx").contains("…\")")
                .doesNotContain("Second line").hasSizeLessThan(400);
        assertThat(described.message().fr()).contains("(détail : « The element type");
    }

    @Test
    void reportsAnUnreadableStreamAsUnreadableInTheOperatingSystemsWords() {
        WorkbookFailure described = WorkbookFailure.of(new NoSuchFileException("/tmp/eleves-Canardeau.xlsx"),
                Phase.COPY, 0, "", true);

        assertThat(described.code()).isEqualTo("FILE_UNREADABLE");
        assertThat(described.message().en()).contains("no such file").doesNotContain("Canardeau");
    }

    private static SAXParseException sax(String message) {
        return new SAXParseException(message, null, null, 1, 42);
    }
}
