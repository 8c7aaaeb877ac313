package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The markup guard sees a DOCTYPE in UTF-8 and UTF-16, never where it is only text, a comment or a
 * character section, bounds tags (their quoted values included) but not the text between them,
 * and refuses the encodings in which it could not see.
 */
class MarkupGuardTest {

    private static final String SHEET = "<?xml version=\"1.0\"?><worksheet a=\"1\" b='2'><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>x &amp; y</t></is></c></row></sheetData></worksheet>";

    @Test
    void passesASheetOnUnchanged() throws IOException {
        byte[] bytes = SHEET.getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes, 1_000)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16"})
    void refusesADoctypeInUtf8OrUtf16(String encoding) {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>";

        WorkbookRefusal refusal = catchThrowableOfType(WorkbookRefusal.class,
                () -> read(xml.getBytes(Charset.forName(encoding)), 1_000));

        assertThat(refusal.reason()).isEqualTo(WorkbookRefusal.Reason.DOCTYPE);
        assertThat(refusal.part()).isEqualTo("part.xml");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<x><!-- <!DOCTYPE x> --></x>", "<x><![CDATA[<!DOCTYPE x>]]></x>",
        "<x>&lt;!DOCTYPE x&gt;</x>", "<x a=\"<!DOCTYPE\"/>", "<?pi <!DOCTYPE x ?><x/>"})
    void seesNoDoctypeWhereThereIsNone(String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes, 1_000)).isEqualTo(bytes);
    }

    @Test
    void boundsATagWhoseQuotedValueHoldsClosingBrackets() {
        String xml = "<x a=\"" + ">".repeat(200) + "\"/>";

        WorkbookRefusal refusal = catchThrowableOfType(WorkbookRefusal.class,
                () -> read(xml.getBytes(StandardCharsets.UTF_8), 100));

        assertThat(refusal.reason()).isEqualTo(WorkbookRefusal.Reason.MARKUP_TOO_LONG);
    }

    @Test
    void boundsAComment() {
        String xml = "<x><!--" + "-".repeat(50) + " >".repeat(100) + "--></x>";

        assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8), 100)).isInstanceOf(WorkbookRefusal.class);
    }

    @Test
    void letsTextBetweenTagsBeAsLongAsItIs() throws IOException {
        byte[] bytes = ("<x>" + "y".repeat(100_000) + "<![CDATA[" + "z".repeat(100_000) + "]]></x>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes, 100)).isEqualTo(bytes);
    }

    @Test
    void refusesEncodingsItCannotRead() {
        byte[] ucs4 = {0, 0, 0, '<', 0, 0, 0, '?'};
        byte[] ucs4Little = {'<', 0, 0, 0, '?', 0, 0, 0};
        byte[] ucs4Unusual = {0, '<', 0, 0, 0, '?', 0, 0};
        byte[] ucs4Marked = {(byte) 0xFF, (byte) 0xFE, 0, 0, '<', 0, 0, 0};
        byte[] ebcdic = {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94};

        for (byte[] bytes : Arrays.asList(ucs4, ucs4Little, ucs4Unusual, ucs4Marked, ebcdic)) {
            WorkbookRefusal refusal = catchThrowableOfType(WorkbookRefusal.class, () -> read(bytes, 100));
            assertThat(refusal.reason()).isEqualTo(WorkbookRefusal.Reason.ENCODING);
        }
    }

    @Test
    void letsBytesThatAreNotXmlThroughForTheParserToJudge() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

        assertThat(read(jpeg, 100)).isEqualTo(jpeg);
    }

    @Test
    void readsByteByByteAsInBulk() throws IOException {
        byte[] bytes = SHEET.getBytes(StandardCharsets.UTF_16LE);
        try (InputStream in = new MarkupGuard(new ByteArrayInputStream(bytes), "part.xml", 1_000)) {
            byte[] copy = new byte[bytes.length];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = (byte) in.read();
            }
            assertThat(copy).isEqualTo(bytes);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    private static byte[] read(byte[] bytes, int maxMarkup) throws IOException {
        try (InputStream in = new MarkupGuard(new ByteArrayInputStream(bytes), "part.xml", maxMarkup)) {
            return in.readAllBytes();
        }
    }
}
