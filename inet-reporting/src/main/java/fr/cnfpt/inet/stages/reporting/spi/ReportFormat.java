package fr.cnfpt.inet.stages.reporting.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An output format a report plugin can write.
 */
public enum ReportFormat {
    /** A print-ready PDF, fonts embedded. */
    PDF("pdf", "application/pdf"),
    /** One self-contained HTML file, for the web site. */
    HTML("html", "text/html"),
    /** A Word document, for editing. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** An Excel workbook: numeric cells, one sheet per table. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Comma-separated values, UTF-8. */
    CSV("csv", "text/csv"),
    /** JSON, for embedding applications and dashboards. */
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @return the file name extension, without the dot, such as {@code pdf} */
    public String extension() {
        return extension;
    }

    /** @return the media type, such as {@code application/pdf} */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Finds a format by its extension or name, in any case.
     *
     * @param code  such as {@code pdf} or {@code PDF}, not null
     * @return the format, or empty if none has that code
     */
    public static Optional<ReportFormat> ofCode(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(lower)).findFirst();
    }
}
