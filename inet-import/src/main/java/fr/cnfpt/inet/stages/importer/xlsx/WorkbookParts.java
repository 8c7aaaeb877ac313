package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The parts of a workbook, read in place from its {@link WorkbookCopy} through its central
 * directory: POI's {@link org.apache.poi.openxml4j.opc.OPCPackage} reads them through this source,
 * and a part is inflated only while it is read, never into memory or a temporary file as a whole.
 * <p>
 * Each part's stream goes through POI's zip-bomb guard ({@link ZipSecureFile}'s inflation ratio and
 * entry size), then the {@link MarkupGuard}; a part that POI reads whole into memory (content types,
 * relationships, workbook, styles, theme) holds at most {@link #MAX_WHOLE_PART_BYTES} once inflated,
 * while the parts the importer streams (the sheet read, the shared strings) have no such bound. An
 * archive listing more than POI's 1,000 entries is refused before it is loaded ({@link ZipDirectory}).
 * <p>
 * Not thread-safe: one per workbook read.
 */
final class WorkbookParts implements ZipEntrySource {

    /** The largest part read whole into memory, once inflated: 16 MiB. */
    static final long MAX_WHOLE_PART_BYTES = 16L * 1024 * 1024;

    private final ZipFile zip;
    private final Set<String> streamed = new HashSet<>();
    private boolean closed;

    private WorkbookParts(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Opens the parts of a copy.
     *
     * @param copy  the workbook, not null
     * @return the parts, to close, not null
     * @throws IOException if the copy is not a zip archive ({@link NotOfficeXmlFileException},
     *     {@link OLE2NotOfficeXmlFileException} for an .xls or encrypted workbook), lists too many
     *     entries ({@link WorkbookRefusal}), or is damaged or truncated
     */
    static WorkbookParts open(WorkbookCopy copy) throws IOException {
        FileMagic magic = FileMagic.valueOf(copy.head());
        if (magic == FileMagic.OLE2) {
            throw new OLE2NotOfficeXmlFileException("an OLE2 file");
        }
        if (magic != FileMagic.OOXML) {
            throw new NotOfficeXmlFileException("not a zip archive: " + magic);
        }
        SeekableByteChannel channel = copy.open();
        try {
            ZipDirectory.check(channel, ZipSecureFile.getMaxFileCount());
            ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get();
            WorkbookParts parts = new WorkbookParts(zip);
            parts.checkNames();
            return parts;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Says that a part is read in streaming, in bounded memory, by the importer: the sheet read and
     * the shared strings; its size is then not bounded by {@link #MAX_WHOLE_PART_BYTES}.
     *
     * @param part  the part, not null
     */
    void stream(PackagePart part) {
        String name = part instanceof ZipPackagePart zipped ? zipped.getZipArchive().getName()
                : part.getPartName().getName().substring(1);
        streamed.add(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        String normalized = path.replace('\\', '/');
        ZipArchiveEntry entry = zip.getEntry(normalized);
        if (entry != null) {
            return entry;
        }
        // the OPC specification matches part names in any case
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            ZipArchiveEntry candidate = entries.nextElement();
            if (normalized.equalsIgnoreCase(candidate.getName().replace('\\', '/'))) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        ZipArchiveThresholdInputStream guarded = new ZipArchiveThresholdInputStream(zip.getInputStream(entry));
        return new MarkupGuard(new PartStream(guarded, name, () -> streamed.contains(name.toLowerCase(Locale.ROOT))),
                name);
    }

    /** Closes the archive; never fails (it was only read). */
    @Override
    public void close() {
        closed = true;
        ZipFile.closeQuietly(zip);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Refuses two entries whose names differ only in case, as POI's stream reading does. */
    private void checkNames() throws IOException {
        Set<String> names = new HashSet<>();
        for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name == null || name.isEmpty() || !names.add(name.toLowerCase(Locale.ROOT))) {
                close();
                throw new ZipException("an entry with an empty or repeated name");
            }
        }
    }
}
