package fr.cnfpt.inet.stages.importer.csv;

import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.ENGLISH_HEADER;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.FRENCH_HEADER;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.WINDOWS_1252;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.bytes;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.lines;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.offer;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.read;
import static fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.importer.csv.HostileCsvFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a hostile tester sent to the CSV importer, and what must hold: a file not read to its end is
 * never taken as complete, a bad cell costs its row only, wide rows cost nothing, mixed encodings
 * are caught, files of real programs are read, and nothing escapes but problems.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileCsvTest {

    @Test
    void rejectsOnlyTheRowOfAFortyThousandCharacterCellAndReadsTheRowsAfterIt() {
        // 900 lines: the header and 899 offers; the offer on line 11 has a description of 40,000 characters.
        Read read = read(utf8(HostileCsvFixture.withLongCell(900, 11, "x".repeat(40_000))));

        assertThat(read.facts().rows()).isEqualTo(899);
        assertThat(read.accepted()).isEqualTo(898);
        assertThat(read.collected().rejected).containsExactly(11L);
        assertThat(read.collected().acceptedLines).contains(10L, 12L, 900L);
        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("CELL_TOO_LONG");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.column()).isEqualTo("Description");
            assertThat(p.field()).isEqualTo("description");
            assertThat(p.value()).startsWith("xxxx").hasSizeLessThanOrEqualTo(Problem.MAX_VALUE_LENGTH);
            assertThat(p.message().fr()).contains("« Description »", "32767", "--max-cell-length");
            assertThat(p.message().en()).contains("\"Description\"", "the next ones are read");
        });
        assertThat(read.facts().complete()).isTrue();
        assertThat(read.facts().unread()).isEqualTo(Unread.NOTHING);
    }

    @Test
    void rejectsTheRowOfAClosedQuotedCellOfFiftyMegabytesAndReadsOn() {
        byte[] start = utf8(lines(List.of(FRENCH_HEADER, offer(2))) + offer(3, "Ville de Metz", "\""));
        byte[] end = utf8("\"\r\n" + offer(4) + "\r\n");

        Read read = read("offres.csv", RecordKind.OFFERS, ImportLimits.defaults(),
                () -> HostileCsvFixture.generated(start, 50_000_000, (byte) 'x', end));

        assertThat(read.facts().rows()).isEqualTo(3);
        assertThat(read.collected().acceptedLines).containsExactly(2L, 4L);
        assertThat(read.collected().rejected).containsExactly(3L);
        assertThat(read.collected().codes()).containsExactly("CELL_TOO_LONG");
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void stopsAtAQuoteNeverClosedKeepsTheRowsBeforeAndCountsTheLinesLeftAsUnread() {
        List<String> lines = new ArrayList<>(List.of(FRENCH_HEADER));
        for (int n = 2; n <= 20; n++) {
            lines.add(n == 11 ? offer(n, "\"Ville de Metz", "Suivre la DGS") : offer(n));
        }

        Read read = read(utf8(lines(lines)));

        assertThat(read.facts().rows()).isEqualTo(9);
        assertThat(read.accepted()).isEqualTo(9);
        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("QUOTE_UNTERMINATED");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message().fr()).contains("ligne 11");
        });
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(new Unread(11, 10));
    }

    @Test
    void refusesAHeaderOfThreeHundredThousandColumnsWithOneProblem() {
        StringBuilder header = new StringBuilder(FRENCH_HEADER);
        for (int c = 12; c < 300_000; c++) {
            header.append(";c").append(c);
        }
        byte[] content = utf8(lines(List.of(header.toString(), offer(2), offer(3))));
        read(utf8(lines(List.of(FRENCH_HEADER, offer(2)))));
        Read read = read(content);

        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("COLUMNS_TOO_MANY");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message().en()).contains("300000 columns");
        });
        assertThat(read.facts().rows()).isEqualTo(2).isEqualTo(read.rejected());
    }

    @Test
    void rejectsARowOfThreeHundredThousandCellsOnceAndQuickly() {
        String wide = offer(3) + ";".repeat(150_000) + "x" + ";y".repeat(150_000);
        Read read = read(utf8(lines(List.of(FRENCH_HEADER, offer(2), wide, offer(4)))));

        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ROW_TOO_MANY_CELLS");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(read.collected().acceptedLines).containsExactly(2L, 4L);
    }

    @Test
    void rejectsAUtf8RowInAFileDetectedAsWindows1252AndSaysFromWhichLine() {
        byte[] content = bytes(utf8(ENGLISH_HEADER + "\r\n" + offer(2) + "\r\n"),
                (offer(3, "Ville de Besançon", "Suivre la DGS") + "\r\n").getBytes(WINDOWS_1252),
                utf8(offer(4, "Métropole de Nîmes", "Suivre la DGS") + "\r\n" + offer(5) + "\r\n"));

        Read read = read(content);

        assertThat(read.facts().encoding()).isEqualTo("windows-1252");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 3L, 5L);
        assertThat(read.collected().offers.get(1).host().name()).isEqualTo("Ville de Besançon");
        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ENCODING_INVALID");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message().fr()).contains("UTF-8", "windows-1252", "depuis la ligne 3", "« CSV UTF-8 »",
                    "--encoding");
            assertThat(p.message().en()).contains("reads as UTF-8", "from line 3", "\"CSV UTF-8\"", "--encoding");
        });
        assertThat(read.facts().rows()).isEqualTo(4);
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void saysThatAFileSavedByFrenchExcelIsReadAsWindows1252FromItsHeader() {
        byte[] content = bytes((FRENCH_HEADER + "\r\n" + offer(2, "Ville de Besançon", "DGS") + "\r\n")
                .getBytes(WINDOWS_1252), utf8(offer(3, "Métropole de Nîmes", "DGS") + "\r\n"));

        Read read = read(content);

        assertThat(read.collected().acceptedLines).containsExactly(2L);
        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ENCODING_INVALID");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().en()).contains("from line 1");
        });
    }

    @Test
    void stillRejectsTheWindows1252RowsOfAFileThatStartsInUtf8() {
        byte[] content = bytes(utf8(FRENCH_HEADER + "\r\n" + offer(2, "Métropole de Nîmes", "DGS") + "\r\n"),
                (offer(3, "Ville de Besançon", "DGS") + "\r\n").getBytes(WINDOWS_1252), utf8(offer(4) + "\r\n"));

        Read read = read(content);

        assertThat(read.facts().encoding()).isEqualTo("utf-8");
        assertThat(read.collected().acceptedLines).containsExactly(2L, 4L);
        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ENCODING_INVALID");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().en()).contains("not utf-8");
        });
    }

    @Test
    void readsFrenchTypographyInWindows1252WithoutTakingItForUtf8() {
        // French typography: no-break spaces inside « », before : and in numbers; "É" then a no-break
        // space is C9 A0, "é" then a no-break space and "»" is E9 A0 BB: neither reads as UTF-8.
        String title = "Projet «\u00a0Cœur de ville\u00a0»\u00a0: CAFÉ\u00a0» à l’État – 4\u00a0000\u00a0€, café\u00a0»"
                + " «\u00a0É\u00a0» déjà";
        byte[] content = lines(List.of(FRENCH_HEADER, offer(2, "Ville d’Évreux", title))).getBytes(WINDOWS_1252);

        Read read = read(content);

        assertThat(read.collected().problems).isEmpty();
        assertThat(read.collected().offers).singleElement().satisfies(o -> {
            assertThat(o.description()).isEqualTo(title);
            assertThat(o.host().name()).isEqualTo("Ville d’Évreux");
        });
    }

    @Test
    void readsTwoDigitYearsAsLibreOfficeWritesFrenchDatesWithAWarning() {
        String header = "Référence,Structure d'accueil,Type de structure,Population,Département,Type de stage,"
                + "Cadre d'emplois,Promotion,Date de dépôt,Intitulé,Courriel";
        String row = "OBS-%d,Ville de Metz,COMMUNE,120000,57,OBSERVATION,ADMINISTRATEUR,2026,%s,Observation,dgs@metz.fr";

        Read read = read(utf8(lines(List.of(header, row.formatted(2, "14/11/25"), row.formatted(3, "31/02/25")))));

        assertThat(read.collected().offers).singleElement()
                .satisfies(o -> assertThat(o.submitted()).isEqualTo(LocalDate.of(2025, 11, 14)));
        assertThat(read.collected().problems).satisfiesExactly(
                p -> {
                    assertThat(p.code()).isEqualTo("DATE_TWO_DIGIT_YEAR");
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message().fr()).startsWith("« 14/11/25 » lu comme le 14/11/2025");
                    assertThat(p.message().en()).startsWith("\"14/11/25\" read as 14/11/2025");
                },
                p -> {
                    assertThat(p.code()).isEqualTo("DATE_INVALID");
                    assertThat(p.line()).isEqualTo(3);
                });
    }

    @Test
    void stopsAtTheSizeLimitWithTheRowsBeforeStandingAndTheFileIncomplete() {
        List<String> lines = new ArrayList<>(List.of(FRENCH_HEADER));
        for (int n = 2; n <= 3_000; n++) {
            lines.add(offer(n));
        }
        byte[] content = utf8(lines(lines));

        Read read = read("offres.csv", RecordKind.OFFERS, ImportLimits.defaults().withMaxFileBytes(content.length / 2),
                () -> new ByteArrayInputStream(content));

        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("FILE_TOO_LARGE");
            assertThat(p.line()).isBetween(1_000L, 2_000L);
        });
        assertThat(read.accepted()).isEqualTo(read.collected().problems.get(0).line() - 2);
        assertThat(read.facts().rows()).isEqualTo(read.accepted() + read.rejected());
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread().fromLine()).isEqualTo(read.collected().problems.get(0).line());
    }

    @Test
    void reportsAReadErrorOfTheParsingThreadOnTheLineWhereItStopped() {
        byte[] start = utf8(HostileCsvFixture.withLongCell(2_000, 0, ""));

        Read read = read("offres.csv", RecordKind.OFFERS, ImportLimits.defaults(),
                () -> HostileCsvFixture.failingAfter(start, null, new IOException("Input/output error"), null));

        assertThat(read.collected().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("FILE_UNREADABLE");
            assertThat(p.message().en()).contains("input/output error");
        });
        assertThat(read.facts().rows()).isEqualTo(read.accepted() + read.rejected()).isGreaterThan(1_000);
        assertThat(read.facts().complete()).isFalse();
    }

    @Test
    void turnsABugOrAnErrorOfTheParsingThreadIntoAProblemAndNeverWaitsForEver() {
        byte[] start = utf8(HostileCsvFixture.withLongCell(100, 0, ""));
        for (Object failure : List.of(new IllegalStateException("bug"), new OutOfMemoryError("test"),
                new StackOverflowError())) {
            Read read = read("offres.csv", RecordKind.OFFERS, ImportLimits.defaults(),
                    () -> HostileCsvFixture.failingAfter(start, failure instanceof RuntimeException r ? r : null, null,
                            failure instanceof Error e ? e : null));

            assertThat(read.collected().problems).as("%s", failure).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("IMPORTER_FAILED");
                assertThat(p.message().en()).contains(failure.getClass().getSimpleName()).doesNotContain("\tat ");
            });
            assertThat(read.facts().rows()).isEqualTo(read.accepted() + read.rejected()).isEqualTo(99);
            assertThat(read.facts().complete()).isFalse();
        }
    }

    @Test
    void quotesNothingOfATraineesFileInItsProblems() {
        String header = "Identifiant;Cadre d'emplois;Promotion;Prénom;Nom;Courriel";
        List<String> lines = List.of(header,
                "E-1;ADMINISTRATEUR;2026;Camille;Dupont" + "z".repeat(40_000) + ";camille.dupont@example.org",
                "E-2,ADMINISTRATEUR,2026,Camille,Dupont,camille.dupont@example.org",
                "E-3;ADMINISTRATEUR;2026;Camille;Dupont;camille.dupont@example.org;Dupont",
                "E-4;ADMINISTRATEUR;2026;Camille;Dupont;camille.dupont at example.org",
                "E-5;ADMINISTRATEUR;2026;Camille;\"Dupont;camille.dupont@example.org");
        byte[] content = bytes(utf8(lines(lines.subList(0, 3))),
                lines(List.of("E-6;ADMINISTRATEUR;2026;Zoé;Dupont-Ü;camille.dupont@example.org"))
                        .getBytes(WINDOWS_1252),
                utf8(lines(lines.subList(3, lines.size()))));

        Read read = read("eleves.csv", RecordKind.TRAINEES, ImportLimits.defaults(),
                () -> new ByteArrayInputStream(content));

        assertThat(read.collected().codes()).contains("CELL_TOO_LONG", "SEPARATOR_MIXED", "ENCODING_INVALID",
                "ROW_TOO_MANY_CELLS", "EMAIL_INVALID", "QUOTE_UNTERMINATED");
        assertThat(read.collected().problems).allSatisfy(p -> {
            assertThat(p.value()).as(p.code()).doesNotContain("Dupont", "Camille", "camille");
            assertThat(p.message().fr() + p.message().en()).as(p.code()).doesNotContain("Dupont", "Camille",
                    "camille", "Zoé");
        });
    }

    @Test
    void keepsRowsEqualToAcceptedPlusRejectedAndThrowsNothingOnRandomBytes() {
        java.util.Random random = new java.util.Random(14);
        byte[] alphabet = utf8("ab;,\t|\"\r\n 0123/é€\u00a0");
        for (int i = 0; i < 300; i++) {
            byte[] content = new byte[random.nextInt(3_000)];
            for (int b = 0; b < content.length; b++) {
                content[b] = random.nextInt(4) == 0 ? (byte) (1 + random.nextInt(255))
                        : alphabet[random.nextInt(alphabet.length)];
            }
            byte[] file = i % 2 == 0 ? content : bytes(utf8(FRENCH_HEADER + "\r\n" + offer(2) + "\r\n"), content);
            for (RecordKind kind : RecordKind.values()) {
                Read read = read("fichier.csv", kind, ImportLimits.defaults().withMaxCellLength(50).withMaxColumns(16),
                        () -> new ByteArrayInputStream(file));

                assertThat(read.facts().rows()).isEqualTo(read.accepted() + read.rejected());
                assertThat(read.collected().problems).allSatisfy(p -> assertThat(p.code()).matches("[A-Z][A-Z_0-9]+"));
            }
        }
    }
}
