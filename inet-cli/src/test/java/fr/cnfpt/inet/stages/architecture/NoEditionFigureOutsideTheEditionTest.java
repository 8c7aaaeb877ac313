package fr.cnfpt.inet.stages.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Every figure of an edition comes from the edition": no main source of any module writes the
 * 40,000 inhabitants, the 4,000 €, the team of 4 or an internship's weeks, except the edition's own
 * definition ({@code domain.edition.published}). The figures are read from the built-in edition, so the test
 * follows it. The finder is first shown to catch a fixture that breaks the rule, and to spare what
 * does not (comments, other numbers).
 */
class NoEditionFigureOutsideTheEditionTest {

    private static final Path ROOT = Path.of("..");
    private static final String EDITION_DEFINITION = "/fr/cnfpt/inet/stages/domain/edition/published/";
    private final EditionFigureLiterals finder = new EditionFigureLiterals(Editions.current());

    @Test
    void catchesTheFiguresWrittenInAFixture() {
        String fixture = """
                class Fixture {
                    static final int THRESHOLD = 40_000;
                    static final long AMOUNT = 4000L;
                    String band = "de 40 000 à 100 000 habitants";
                    String en = "over 40,000 inhabitants";
                    String fee = "Participation (4\u202f000 €)";
                    String team = "La brochure prévoit des équipes de 4 élèves.";
                    String length = "9 semaines";
                }
                """;
        assertThat(finder.find(fixture)).containsExactly("line 2: 40_000", "line 3: 4000L",
                "line 4: \"de 40 000 à 100 000 habitants\"", "line 5: \"over 40,000 inhabitants\"",
                "line 6: \"Participation (4\u202f000 €)\"", "line 7: \"La brochure prévoit des équipes de 4 élèves.\"",
                "line 8: \"9 semaines\"");
    }

    @Test
    void sparesCommentsAndOtherNumbers() {
        String fixture = """
                /** "une collectivité de plus de 40 000 habitants", 4 000 €, 4 élèves sur 9 semaines. */
                class Fixture {
                    // 40_000
                    static final int SOCKET = 0140000;
                    static final int SIZE_CLASS = 100_000;
                    static final int BIG = 140_000;
                    String count = "14 élèves, 4000000 bytes, 10 semaines";
                }
                """;
        assertThat(finder.find(fixture)).isEmpty();
    }

    @Test
    void noMainSourceWritesAFigureOfTheEdition() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.filter(m -> m.getFileName().toString().startsWith("inet-"))
                    .map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.toString().replace('\\', '/').contains(EDITION_DEFINITION))
                            .forEach(f -> finder.find(read(f)).forEach(found -> findings.add(ROOT.relativize(f) + " " + found)));
                }
            }
        }
        assertThat(findings).as("figures of the edition written outside it: read them from the Edition").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
