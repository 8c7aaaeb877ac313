package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The files a hostile tester sent, and a valid offer row to build them from: the offers have
 * distinct references, so that every row not at fault is accepted.
 */
final class HostileCsvFixture {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** French headers: their accents make a file saved by Excel Windows-1252 from its first line. */
    static final String FRENCH_HEADER = "Référence;Structure d'accueil;Type de structure;Population;Département;"
            + "Type de stage;Cadre d'emplois;Promotion;Date de dépôt;Intitulé;Courriel;Description";
    /** The same columns in ASCII: the encoding shows from the first row on. */
    static final String ENGLISH_HEADER = "reference;hostName;hostKind;population;departement;type;corps;cohort;"
            + "submitted;title;contact;description";

    private HostileCsvFixture() {
    }

    /** A valid offer row of the headers above. */
    static String offer(int number, String host, String description) {
        return "OBS-" + number + ";" + host + ";COMMUNE;120000;57;OBSERVATION;ADMINISTRATEUR;2026;15/11/2025;"
                + "Observation;dgs@metz.fr;" + description;
    }

    static String offer(int number) {
        return offer(number, "Ville de Metz", "Suivre la DGS");
    }

    /** Lines joined with CRLF, each ended by one, as Excel writes them. */
    static String lines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append("\r\n"));
        return text.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A file of offers whose given line holds a long cell; every other line is a valid offer. */
    static String withLongCell(int lines, int line, String cell) {
        StringBuilder text = new StringBuilder(FRENCH_HEADER).append("\r\n");
        for (int n = 2; n <= lines; n++) {
            text.append(n == line ? offer(n, "Ville de Metz", cell) : offer(n)).append("\r\n");
        }
        return text.toString();
    }

    /** Reads content with the CSV importer. */
    static Read read(String name, RecordKind kind, ImportLimits limits, ImportRequest.Content content) {
        Collected collected = new Collected();
        ImportFacts facts = new CsvImporter().read(new ImportRequest(name, content, kind, null, null, null, null,
                limits), collected);
        return new Read(facts, collected);
    }

    static Read read(byte[] content) {
        return read("offres.csv", RecordKind.OFFERS, ImportLimits.defaults(), () -> new ByteArrayInputStream(content));
    }

    /** A stream of a start, then a middle made of one repeated byte, then an end: nothing of it held. */
    static InputStream generated(byte[] start, long middle, byte filler, byte[] end) {
        InputStream repeated = new InputStream() {
            private long left = middle;

            @Override
            public int read() {
                return left-- > 0 ? filler : -1;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(bytes, offset, offset + n, filler);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start), repeated,
                new ByteArrayInputStream(end))));
    }

    /** A stream that gives some bytes, then fails as given. */
    static InputStream failingAfter(byte[] start, RuntimeException runtime, IOException io, Error error) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (position == start.length) {
                    if (runtime != null) {
                        throw runtime;
                    }
                    if (io != null) {
                        throw io;
                    }
                    throw error;
                }
                int n = Math.min(Math.min(length, start.length - position), 4096);
                System.arraycopy(start, position, bytes, offset, n);
                position += n;
                return n;
            }
        };
    }

    /** What a read gave. */
    record Read(ImportFacts facts, Collected collected) {

        long accepted() {
            return collected.acceptedLines.size();
        }

        long rejected() {
            return collected.rejected.size();
        }
    }
}
