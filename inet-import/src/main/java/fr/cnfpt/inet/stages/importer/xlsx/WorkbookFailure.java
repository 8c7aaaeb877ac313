package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import static fr.cnfpt.inet.stages.importer.xlsx.FailureMessages.damagedSheet;
import static fr.cnfpt.inet.stages.importer.xlsx.FailureMessages.notReadable;
import static fr.cnfpt.inet.stages.importer.xlsx.FailureMessages.refused;
import static fr.cnfpt.inet.stages.importer.xlsx.FailureMessages.tooLarge;
import static fr.cnfpt.inet.stages.importer.xlsx.FailureMessages.unsafe;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.xml.sax.SAXParseException;

/**
 * A failure that ended the reading of a workbook, as a problem: its code, told by the failure's
 * type ({@link WorkbookRefusal}, POI's exceptions) and, for the parsers the importer does not
 * front, by markers that do not depend on the language of the message (the name of the feature
 * refusing DOCTYPE, the {@code JAXP0001} codes of the JDK's XML limits, the first words of POI's
 * zip-bomb verdicts); and a message in French and English saying what is wrong and what to do.
 * <p>
 * A message never quotes the content of a file of trainees. For other files it adds at most the
 * name of the part concerned and the first line of an XML parser's message, shortened: a parser
 * names a tag or an entity, never lists cells, while POI's own messages may (its shared-strings
 * table lists every text of the workbook), so they are never quoted.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param problem  the problem's definition, not null
 * @param message  the message, not null
 */
record WorkbookFailure(FileProblem problem, LocalizedText message) {

    /** Where the reading was when it failed. */
    enum Phase {
        /** Copying the content from the request. */
        COPY,
        /** Opening the archive (its central directory). */
        ARCHIVE,
        /** Reading the package, the workbook, its styles and shared strings. */
        PARTS,
        /** Reading the sheet's rows. */
        SHEET
    }

    private static final int MAX_DETAIL = 100;
    private static final String DOCTYPE_FEATURE = "disallow-doctype-decl";
    private static final String JDK_XML_LIMIT = "JAXP0001";
    private static final String ZIP_BOMB = "Zip bomb detected";
    private static final String TOO_MANY_ENTRIES = "The file appears to be potentially malicious";

    WorkbookFailure {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }

    /** @return the problem's code, such as {@code XLSX_INVALID} */
    String code() {
        return problem.code();
    }

    /**
     * Describes a failure.
     *
     * @param failure  what was thrown, not null
     * @param phase  where the reading was, not null
     * @param line  the row where reading stopped, or 0 before the first row
     * @param cell  the cell being read, or the empty string
     * @param personal  true for a file of trainees: no detail is quoted
     * @return the failure, not null
     */
    static WorkbookFailure of(Throwable failure, Phase phase, long line, String cell, boolean personal) {
        WorkbookRefusal refusal = WorkbookRefusal.in(failure);
        if (refusal != null) {
            return refused(refusal.reason(), personal ? "" : refusal.part());
        }
        FileTooLargeException large = find(failure, FileTooLargeException.class);
        if (large != null) {
            return new WorkbookFailure(FileProblem.FILE_TOO_LARGE,
                    LocalizedText.of("Le fichier dépasse " + large.limit()
                    + " octets : découpez-le, ou relevez la limite avec --max-file-size.", "The file is larger than "
                    + large.limit() + " bytes: split it, or raise the limit with --max-file-size."));
        }
        if (failure instanceof OutOfMemoryError) {
            return tooLarge(LocalizedText.of("la mémoire de Java est épuisée", "Java ran out of memory"));
        }
        if (marked(failure, DOCTYPE_FEATURE, false)) {
            return refused(WorkbookRefusal.Reason.DOCTYPE, "");
        }
        if (marked(failure, ZIP_BOMB, true)) {
            return refused(WorkbookRefusal.Reason.ZIP_BOMB, "");
        }
        if (marked(failure, TOO_MANY_ENTRIES, true)) {
            return refused(WorkbookRefusal.Reason.TOO_MANY_PARTS, "");
        }
        if (marked(failure, JDK_XML_LIMIT, true)) {
            return unsafe(LocalizedText.of("un de ses documents XML dépasse les limites de sécurité du lecteur XML"
                    + " (entités, attributs, noms)", "one of its XML documents exceeds the XML reader's safety limits"
                    + " (entities, attributes, names)"));
        }
        if (phase == Phase.COPY && failure instanceof IOException io) {
            String reason = IoFailures.describe(io);
            return new WorkbookFailure(FileProblem.FILE_UNREADABLE,
                    LocalizedText.of("Le fichier ne peut pas être lu jusqu'au"
                    + " bout (" + reason + ") : vérifiez qu'il est lisible et complet, puis relancez.",
                    "The file cannot be read to its end (" + reason + "): check that it is readable and whole, then"
                            + " run again."));
        }
        return invalid(failure, phase, line, cell, personal);
    }

    private static WorkbookFailure invalid(Throwable failure, Phase phase, long line, String cell, boolean personal) {
        if (find(failure, OLE2NotOfficeXmlFileException.class) != null) {
            return notReadable(LocalizedText.of("c'est un classeur Excel 97-2003 (.xls) ou un classeur protégé par"
                    + " mot de passe ; enregistrez-le sans mot de passe", "it is an Excel 97-2003 workbook (.xls) or a"
                    + " password-protected workbook; save it without a password"));
        }
        if (find(failure, ODFNotOfficeXmlFileException.class) != null) {
            return notReadable(LocalizedText.of("c'est un classeur OpenDocument (.ods)",
                    "it is an OpenDocument spreadsheet (.ods)"));
        }
        if (find(failure, NotOfficeXmlFileException.class) != null && phase == Phase.ARCHIVE) {
            return notReadable(LocalizedText.of("ce n'est pas un classeur (ni même une archive zip)",
                    "it is not a workbook (not even a zip archive)"));
        }
        String detail = personal ? "" : detail(failure);
        String fr = detail.isEmpty() ? "" : " (détail : « " + detail + " »)";
        String en = detail.isEmpty() ? "" : " (detail: \"" + detail + "\")";
        return switch (phase) {
            case COPY, ARCHIVE -> notReadable(LocalizedText.of("l'archive est tronquée ou endommagée" + fr,
                    "the archive is truncated or damaged" + en));
            case PARTS -> notReadable(LocalizedText.of("une de ses parties manque ou est endommagée" + fr,
                    "one of its parts is missing or damaged" + en));
            case SHEET -> damagedSheet(line, cell, fr, en);
        };
    }

    /** The first line of an XML parser's message, shortened; never POI's or another library's. */
    private static String detail(Throwable failure) {
        SAXParseException parse = find(failure, SAXParseException.class);
        if (parse == null || parse.getMessage() == null) {
            return "";
        }
        String line = parse.getMessage().strip().lines().findFirst().orElse("");
        StringBuilder clean = new StringBuilder();
        line.codePoints().limit(MAX_DETAIL).forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        if (line.codePointCount(0, line.length()) > MAX_DETAIL) {
            clean.append('…');
        }
        return clean.toString().strip();
    }

    private static boolean marked(Throwable failure, String marker, boolean atStart) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && (atStart ? message.startsWith(marker) : message.contains(marker))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
