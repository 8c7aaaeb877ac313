package fr.cnfpt.inet.stages.importer.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoFailuresTest {

    @Test
    void saysPermissionDeniedWhereJavaGivesOnlyThePath() {
        assertThat(IoFailures.describe(new AccessDeniedException("/data/offres.csv"))).isEqualTo("permission denied");
        assertThat(IoFailures.describe(new NoSuchFileException("/data/offres.csv"))).isEqualTo("no such file or folder");
    }

    @Test
    void givesTheOperatingSystemsReason() {
        assertThat(IoFailures.describe(new FileSystemException("/mnt/x", null, "No space left on device")))
                .isEqualTo("no space left on device");
        assertThat(IoFailures.describe(new IOException("No space left on device"))).isEqualTo("no space left on device");
    }

    @Test
    void neverQuotesWhatAParserSaysOfTheContent() {
        JsonParseException parser = new JsonParseException(null, "Unrecognized token 'Dupont': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')");

        assertThat(IoFailures.describe(parser)).isEqualTo("JsonParseException").doesNotContain("Dupont");
    }
}
