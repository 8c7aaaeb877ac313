package fr.cnfpt.inet.stages.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokenizerTest {

    /** A row as read: its line and cells. */
    record Read(long line, List<String> cells) {
        @Override
        public String toString() {
            return line + ":" + cells;
        }
    }

    @Test
    void readsQuotedValuesAsExcelWritesThem() throws IOException {
        assertThat(rows("a;\"b;c\";\"say \"\"hi\"\"\";\"\"\n")).containsExactly(
                new Read(1, List.of("a", "b;c", "say \"hi\"", "")));
    }

    @Test
    void opensAQuoteOnlyAtTheStartOfACell() throws IOException {
        assertThat(rows("a\"b;c \"d\";e\n")).containsExactly(new Read(1, List.of("a\"b", "c \"d\"", "e")));
    }

    @Test
    void addsTheTextAfterAClosingQuoteAsItIs() throws IOException {
        assertThat(rows("\"ab\"cd;\"x\" \"y\";\"z\"  \n")).containsExactly(
                new Read(1, List.of("abcd", "x \"y\"", "z")));
    }

    @Test
    void endsLinesWithCrLfOrCrLfAndCountsLineBreaksInsideQuotedValues() throws IOException {
        assertThat(rows("h1;h2\r\na;\"one\r\ntwo\nthree\rfour\"\rb;c\nd;e")).containsExactly(
                new Read(1, List.of("h1", "h2")),
                new Read(2, List.of("a", "one\r\ntwo\nthree\rfour")),
                new Read(6, List.of("b", "c")),
                new Read(7, List.of("d", "e")));
    }

    @Test
    void skipsEmptyLinesAndLinesOfSpacesWithoutMakingRowsOfThem() throws IOException {
        assertThat(rows("a;b\r\n\r\n   \r\n\n;\n  c;d\n")).containsExactly(
                new Read(1, List.of("a", "b")),
                new Read(5, List.of("", "")),
                new Read(6, List.of("c", "d")));
    }

    @Test
    void stripsEveryCellButKeepsNoBreakSpacesWhichAreTextAndAQuoteAfterASpaceIsText() throws IOException {
        assertThat(rows(" a ;\"  b \" ;\t\"c\"\u00a0\n")).containsExactly(
                new Read(1, List.of("a", "b", "\"c\"\u00a0")));
    }

    @Test
    void keepsATrailingEmptyCell() throws IOException {
        assertThat(rows("a;b;")).containsExactly(new Read(1, List.of("a", "b", "")));
    }

    @Test
    void keepsOnlyTheStartOfACellLongerThanTheLimitAndReadsTheNextRow() throws IOException {
        CsvTokenizer tokenizer = tokenizer("a;" + "x".repeat(500) + ";c\n\"" + "y\"\"".repeat(300) + "\";d\ne;f\n",
                100, 10);

        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.row().tooLong()).isEqualTo(1);
        assertThat(tokenizer.row().cells()).containsExactly("a", "x".repeat(TokenRow.SHOWN), "c");
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.row().tooLong()).isZero();
        assertThat(tokenizer.line()).isEqualTo(2);
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.row().tooLong()).isEqualTo(-1);
        assertThat(tokenizer.row().cells()).containsExactly("e", "f");
        assertThat(tokenizer.line()).isEqualTo(3);
    }

    @Test
    void keepsTheCellsUpToTheLimitAndCountsTheRowsWidthToItsLastValue() throws IOException {
        CsvTokenizer tokenizer = tokenizer("a;b;c;d;e;;;\n1;2;3;;;;;;;\n", 100, 3);

        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.row().cells()).containsExactly("a", "b", "c");
        assertThat(tokenizer.row().size()).isEqualTo(5);
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.row().cells()).containsExactly("1", "2", "3");
        assertThat(tokenizer.row().size()).isEqualTo(3);
    }

    @Test
    void stopsAtAQuoteNeverClosedAndGivesItsLine() throws IOException {
        CsvTokenizer tokenizer = tokenizer("a;b\nc;d\ne;\"f\ng;h\n", 100, 10);

        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.next()).isTrue();
        assertThat(tokenizer.next()).isFalse();
        assertThat(tokenizer.unclosedQuote()).isEqualTo(3);
    }

    @Test
    void readsAFiftyMegabyteQuotedCellAndAnUnclosedQuoteOfTwoHundredMegabytesInBoundedMemory() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        CsvTokenizer closed = new CsvTokenizer(DetectingReader.open(new Generated("a;\"", 50_000_000, "\";b\nc;d\n"),
                null), 32_767, 1_001);
        closed.start();
        closed.separateBy(';');

        assertThat(closed.next()).isTrue();
        assertThat(closed.row().tooLong()).isEqualTo(1);
        assertThat(closed.row().cells()).containsExactly("a", "x".repeat(TokenRow.SHOWN), "b");
        assertThat(closed.next()).isTrue();
        assertThat(closed.row().cells()).containsExactly("c", "d");
        assertThat(closed.line()).isEqualTo(2);
        assertThat(closed.next()).isFalse();
        assertThat(closed.unclosedQuote()).isZero();

        CsvTokenizer unclosed = new CsvTokenizer(DetectingReader.open(new Generated("a;b\n\"", 200_000_000, ""), null),
                32_767, 1_001);
        unclosed.start();
        unclosed.separateBy(';');

        assertThat(unclosed.next()).isTrue();
        assertThat(unclosed.next()).isFalse();
        assertThat(unclosed.unclosedQuote()).isEqualTo(2);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated").isLessThan(16_000_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsTheRowsAndLinesJacksonReadsFromWellFormedFilesAcrossBufferBoundaries(long seed) throws IOException {
        String text = wellFormed(new Random(seed), 200_000);

        assertThat(rows(text)).containsExactlyElementsOf(jackson(text));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void readsTheRowsJacksonReadsFromAnyTextJacksonAccepts(long seed) throws IOException {
        Random random = new Random(seed);
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
            String text = anyText(random, 1 + random.nextInt(60));
            List<Read> expected;
            try {
                expected = jackson(text);
            } catch (IOException e) {
                continue;
            }
            assertThat(rows(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(200);
    }

    private static List<Read> rows(String text) throws IOException {
        CsvTokenizer tokenizer = tokenizer(text, 1_000_000, 1_000);
        List<Read> rows = new ArrayList<>();
        while (tokenizer.next()) {
            rows.add(new Read(tokenizer.line(), List.of(tokenizer.row().cells())));
        }
        assertThat(tokenizer.unclosedQuote()).isZero();
        return rows;
    }

    private static CsvTokenizer tokenizer(String text, int maxCellLength, int maxCells) throws IOException {
        CsvTokenizer tokenizer = new CsvTokenizer(DetectingReader.open(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8), maxCellLength, maxCells);
        tokenizer.start();
        tokenizer.separateBy(';');
        return tokenizer;
    }

    /** What the CSV importer read with Jackson before: each row's cells, stripped, and its line. */
    private static List<Read> jackson(String text) throws IOException {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(10_000_000).build())
                .enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        List<Read> rows = new ArrayList<>();
        try (CsvParser parser = factory.createParser(new StringReader(text))) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(';'));
            List<String> cells = new ArrayList<>();
            long line = 1;
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    rows.add(new Read(line, cells));
                } else if (token.isScalarValue()) {
                    cells.add(parser.getText().strip());
                }
            }
        }
        return rows;
    }

    /** What a quoted value may hold: text, separators, line breaks, doubled quotes. */
    private static final String[] QUOTED = {"a", "b", " ", "é", ";", "\r", "\n", "\r\n", "\"\"", "xyz"};

    /** Rows of unquoted and quoted cells, with every kind of line break, blank lines and spaces. */
    private static String wellFormed(Random random, int length) {
        String[] breaks = {"\n", "\r\n", "\r"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int cells = 1 + random.nextInt(6);
            text.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(3) : 0));
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    text.append(';');
                }
                if (random.nextInt(3) == 0) {
                    text.append('"');
                    for (int n = random.nextInt(20); n > 0; n--) {
                        text.append(QUOTED[random.nextInt(QUOTED.length)]);
                    }
                    text.append('"');
                } else {
                    text.append(pick(random, "ab é ", random.nextInt(30)));
                }
            }
            text.append(breaks[random.nextInt(breaks.length)]);
            if (random.nextInt(10) == 0) {
                text.append(breaks[random.nextInt(breaks.length)]);
            }
        }
        return text.toString();
    }

    private static String anyText(Random random, int length) {
        return pick(random, "ab ;\"\r\n", length);
    }

    private static String pick(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A stream of ASCII text: a start, many x, an end; nothing of it held in memory. */
    static final class Generated extends InputStream {
        private final byte[] start;
        private final long middle;
        private final byte[] end;
        private long position;

        Generated(String start, long middle, String end) {
            this.start = start.getBytes(StandardCharsets.US_ASCII);
            this.middle = middle;
            this.end = end.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            long total = start.length + middle + end.length;
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                bytes[offset + i] = at < start.length ? start[(int) at] : at < start.length + middle ? (byte) 'x'
                        : end[(int) (at - start.length - middle)];
            }
            position += n;
            return n;
        }
    }
}
