package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code -} as an input file: standard input, read once and kept in a temporary file (an importer
 * may read its content more than once, to count the lines it could not read), deleted with the
 * run's other temporary files. Its format is told from its first bytes, since it has no name.
 */
public final class StandardInput {

    /** How the user names standard input. */
    static final String NAME = "-";

    private static Path spooled;

    private StandardInput() {
    }

    /** @return true if a path given as input is {@code -} */
    public static boolean is(Path path) {
        return path.toString().equals(NAME);
    }

    /**
     * Reads standard input to its end into a temporary file, once per run.
     *
     * @return the file holding what standard input gave
     * @throws UnusableInputException if it cannot be read or kept
     */
    public static synchronized Path spool() {
        if (spooled != null) {
            throw new UnusableInputException("standard input ('-') can be read once only in a run");
        }
        try {
            Path file = Files.createTempFile("inet-stdin-", ".data");
            Litter.pending(file);
            try (InputStream in = System.in) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            spooled = file;
            return file;
        } catch (IOException e) {
            throw new UnusableInputException("cannot read standard input: " + IoFailures.describe(e));
        }
    }

    /**
     * Tells an input's importer from its first bytes: a zip archive is a workbook, a text starting
     * with {@code [} or <code>{</code> is JSON, anything else CSV.
     *
     * @param file  the spooled input
     * @return the importer's id: {@code xlsx}, {@code json} or {@code csv}
     */
    public static String importer(Path file) {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "csv";
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "xlsx";
        }
        int i = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < n && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < n && (head[i] == '[' || head[i] == '{') ? "json" : "csv";
    }
}
