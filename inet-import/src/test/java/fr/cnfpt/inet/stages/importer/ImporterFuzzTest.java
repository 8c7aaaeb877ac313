package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cnfpt.inet.stages.importer.csv.CsvImporter;
import fr.cnfpt.inet.stages.importer.json.JsonImporter;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.xlsx.XlsxImporter;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

/**
 * Each importer, fed arbitrary bytes, keeps the promises of {@code docs/reliability.md}, for every
 * kind of record:
 * <ul>
 * <li>it never throws: it answers with its own problems;</li>
 * <li>rows read = records + rejected rows; no row is counted beyond the limit;</li>
 * <li>a file read to its end has nothing unread; a file with an unread part says why, with an error
 * on the line where reading stopped;</li>
 * <li>every problem has a well-formed code, a value of at most 80 characters, a place in the file;</li>
 * <li>in a file of trainees, no problem quotes a personal field, a whole row or a token (only the
 * names of unknown columns, which are the file's structure);</li>
 * <li>the same bytes give the same problems.</li>
 * </ul>
 * Runs the committed seeds (every hostile input of issue 14 among them) in regression mode under
 * plain {@code mvn test}; run with {@code JAZZER_FUZZ=1} to fuzz.
 */
class ImporterFuzzTest {

    /** Small limits, so that the fuzzer reaches them. */
    private static final ImportLimits LIMITS = ImportLimits.defaults().withMaxRows(500).withMaxCellLength(2_000)
            .withMaxColumns(64);
    private static final Set<String> SHOWN_TRAINEE_FIELDS = Set.of("id", "corps", "cohort");

    @FuzzTest
    void csvImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        keepsItsPromises(new CsvImporter(), "offres.csv", data);
    }

    @FuzzTest
    void jsonImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        keepsItsPromises(new JsonImporter(), "offers.json", data);
    }

    @FuzzTest
    void xlsxImporterAnswersAnyBytesWithProblemsOnly(byte[] data) throws Exception {
        keepsItsPromises(new XlsxImporter(), "offres.xlsx", data);
    }

    private static void keepsItsPromises(Importer importer, String name, byte[] data) throws Exception {
        for (RecordKind kind : RecordKind.values()) {
            Collected collected = new Collected();
            ImportRequest request = ImportRequest.of(name, () -> new ByteArrayInputStream(data), kind)
                    .withLimits(LIMITS);
            ImportFacts facts = importer.read(request, collected);

            assertThat(facts.rows()).isEqualTo(collected.acceptedLines.size() + collected.rejected.size())
                    .isLessThanOrEqualTo(LIMITS.maxRows());
            if (facts.complete()) {
                assertThat(facts.unread().isNothing()).isTrue();
            }
            if (!facts.unread().isNothing()) {
                assertThat(collected.errors()).as("an unread part is said").anySatisfy(
                        p -> assertThat(p.line()).isIn(0L, facts.unread().fromLine()));
            }
            for (Problem problem : collected.problems) {
                assertThat(problem.code()).matches("[A-Z][A-Z0-9_]+");
                assertThat(problem.value().length()).isLessThanOrEqualTo(Problem.MAX_VALUE_LENGTH);
                assertThat(problem.line()).isNotNegative();
                assertThat(problem.record()).isLessThanOrEqualTo(Math.max(facts.rows(), 0) + 1);
                if (kind == RecordKind.TRAINEES && !problem.code().equals("COLUMN_UNKNOWN")) {
                    // A header's names are the file's structure, not a person's data: they may be quoted.
                    assertThat(problem.value().isEmpty() || SHOWN_TRAINEE_FIELDS.contains(problem.field()))
                            .as("a trainees file's problem quotes no personal field, row or token: " + problem).isTrue();
                }
            }
            Collected again = new Collected();
            importer.read(request, again);
            assertThat(codes(again)).as("the same bytes, the same problems").isEqualTo(codes(collected));
        }
    }

    private static List<String> codes(Collected collected) {
        return collected.problems.stream().map(p -> p.line() + ":" + p.code() + ":" + p.field()).toList();
    }
}
