package fr.cnfpt.inet.stages.importer.editionfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The edition reader, fed arbitrary bytes, answers with an edition or an {@link EditionFormatException}
 * naming where, never another exception; an edition it reads writes back to bytes it reads again
 * as the same edition (written again, the same bytes). Runs the committed seeds in regression mode
 * under plain {@code mvn test}; run with {@code JAZZER_FUZZ=1} to fuzz.
 */
class EditionJsonFuzzTest {

    @FuzzTest
    void readerAnswersAnyBytesWithAFormatErrorOnly(byte[] data) throws Exception {
        Edition edition;
        try {
            edition = EditionJson.read(new ByteArrayInputStream(data));
        } catch (EditionFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        EditionJson.write(edition, written);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        EditionJson.write(EditionJson.read(new ByteArrayInputStream(written.toByteArray())), again);
        assertThat(again.toByteArray()).isEqualTo(written.toByteArray());
    }
}
