package fr.cnfpt.inet.stages.importer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.cnfpt.inet.stages.importer.columns.Column;
import fr.cnfpt.inet.stages.importer.columns.RecordColumns;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fields {@code docs/formats.md} lists for each file of the normalised dataset are those the writer writes, in
 * the order it writes them, and the non-personal columns of the importers, in their order.
 */
class DatasetFormatDocumentationTest {

    private static final Pattern FIELD = Pattern.compile("`([A-Za-z]+)`");
    private static final JsonFactory JSON = new JsonFactory();

    /** The fields of the dataset's table row for a kind's file, in the order the page gives them. */
    private static List<String> documented(RecordKind kind) throws IOException {
        String page = Files.readString(Path.of("..", "docs", "formats.md"));
        String section = page.substring(page.indexOf("## The normalised dataset"));
        String row = section.lines().filter(line -> line.startsWith("| `" + DatasetFiles.of(kind) + "` |"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + DatasetFiles.of(kind)));
        String fields = row.substring(row.indexOf('|', 2) + 1);
        fields = fields.substring(0, fields.indexOf('—') < 0 ? fields.length() : fields.indexOf('—'));
        List<String> names = new ArrayList<>();
        Matcher matcher = FIELD.matcher(fields);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<?> records(RecordKind kind) {
        return switch (kind) {
            case OFFERS -> DatasetFixture.offers();
            case TRAINEES -> List.of(DatasetFixture.traineeWithDetails());
            case PLACEMENTS -> DatasetFixture.placements();
            case WISHES -> DatasetFixture.wishes();
            case EXCLUSIONS -> DatasetFixture.exclusions();
        };
    }

    private static List<List<String>> writtenKeys(RecordKind kind) throws IOException {
        String text = new String(DatasetFixture.written(records(kind)), StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> keys = new ArrayList<>();
            try (JsonParser parser = JSON.createParser(line)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME) {
                        keys.add(parser.currentName());
                    }
                }
            }
            lines.add(keys);
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void listsEveryFieldTheWriterWritesInItsOrder(RecordKind kind) throws IOException {
        List<String> documented = documented(kind);
        Set<String> written = new LinkedHashSet<>();
        for (List<String> keys : writtenKeys(kind)) {
            assertThat(documented).as("%s: the keys of a line are documented", kind).containsAll(keys);
            assertThat(keys).as("%s: the keys of a line are in the documented order", kind)
                    .isSortedAccordingTo((one, other) -> Integer.compare(documented.indexOf(one), documented.indexOf(other)));
            written.addAll(keys);
        }
        assertThat(written).as("%s: every documented field is written by a record of the fixture", kind)
                .containsExactlyInAnyOrderElementsOf(documented);
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void listsTheImportersNonPersonalColumnsInTheirOrder(RecordKind kind) throws IOException {
        assertThat(documented(kind)).containsExactlyElementsOf(RecordColumns.of(kind).stream()
                .filter(column -> !column.personal()).map(Column::field).toList());
    }
}
